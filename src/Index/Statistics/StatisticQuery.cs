namespace ChiBo.Index.Statistics;

/// <summary>
/// Which statistic records to list (api.md, GET /api/statistics). <see cref="Locality"/> and <see cref="Province"/>
/// match where the figure applies; <see cref="Year"/>, <see cref="From"/> and <see cref="To"/> match the
/// article's publication date, as in a search; <see cref="Period"/> matches the time the figure itself covers.
/// </summary>
public sealed record StatisticQuery
{
    /// <summary>A metric id of the taxonomy; null for every metric.</summary>
    public string? Metric { get; init; }

    public string? Locality { get; init; }

    public string? Province { get; init; }

    public int? Year { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    /// <summary>Keeps figures whose period overlaps this one; a figure with no period never matches it.</summary>
    public StatisticPeriod? Period { get; init; }

    public int Page { get; init; } = 1;

    public int Size { get; init; } = 50;
}
