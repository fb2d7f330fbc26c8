using ChiBo.Extract.Model;

namespace ChiBo.Extract.Statistics;

/// <summary>
/// A figure the article does not print but its parts imply (statistics.md §4): Bến Tre's "tốt trở lên" 93,27% =
/// "xuất sắc" 16,28% + "tốt" 76,99%. Always shown as derived, with the figures it came from.
/// </summary>
public sealed record DerivedStatistic
{
    public const string Sum = "sum";

    public required string Metric { get; init; }

    public required decimal Value { get; init; }

    public string Unit { get; init; } = "%";

    /// <summary>exact when every source is exact; the sources' common qualifier otherwise, or approx when they differ.</summary>
    public string Qualifier { get; init; } = StatisticQualifier.Exact;

    public string? Locality { get; init; }

    public string? Period { get; init; }

    /// <summary>How it was derived: "sum".</summary>
    public string Derivation { get; init; } = Sum;

    public required IReadOnlyList<Statistic> Sources { get; init; }
}
