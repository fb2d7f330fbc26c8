using ChiBo.Ingest.Model;

namespace ChiBo.Index.Statistics;

/// <summary>
/// One statistic of the corpus with the article it comes from (statistics.md §1): what the API lists and compares.
/// A derived record (statistics.md §4) has no text, offsets or sentence of its own: <see cref="DerivedFrom"/> lists
/// the reported figures it was computed from, and <see cref="Sentence"/> joins theirs.
/// </summary>
public sealed record StatisticRecord
{
    public required string DocumentId { get; init; }

    public required string Title { get; init; }

    public PublishedDate? Published { get; init; }

    public string? Url { get; init; }

    /// <summary>Where the figure applies: the article's locality unless its sentence names another unit.</summary>
    public Locality? Locality { get; init; }

    public string? Period { get; init; }

    /// <summary>The figure, or a range's lower bound.</summary>
    public required decimal Value { get; init; }

    /// <summary>A range's upper bound ("từ 85 đến 90%" → 90); null for a single figure.</summary>
    public decimal? Upper { get; init; }

    public required string Kind { get; init; }

    public string? Unit { get; init; }

    public required string Qualifier { get; init; }

    public decimal? Numerator { get; init; }

    public decimal? Denominator { get; init; }

    public string? Subject { get; init; }

    public required string Metric { get; init; }

    public double Confidence { get; init; }

    /// <summary>null for a level; "increase" or "decrease" for a change.</summary>
    public string? Change { get; init; }

    public string? Consistency { get; init; }

    public string? Text { get; init; }

    public int? Start { get; init; }

    public int? End { get; init; }

    public required string Sentence { get; init; }

    public bool Derived { get; init; }

    /// <summary>"sum" for a derived record; null for a reported one.</summary>
    public string? Derivation { get; init; }

    public IReadOnlyList<DerivedSource>? DerivedFrom { get; init; }
}
