namespace ChiBo.Extract.Model;

/// <summary>A figure found in an article's main text (statistics.md §1).</summary>
public sealed record Statistic
{
    public required string Text { get; init; }

    public required int Start { get; init; }

    public required int End { get; init; }

    /// <summary>The lower bound when the figure is a range ("từ 85 đến 90%"); the figure itself otherwise.</summary>
    public required decimal Value { get; init; }

    /// <summary>The upper bound of a range ("từ 85 đến 90%" → 90); null for a single figure.</summary>
    public decimal? Upper { get; init; }

    /// <summary>percentage, count or fraction.</summary>
    public required string Kind { get; init; }

    /// <summary>"%" or the counted noun, normalised.</summary>
    public string? Unit { get; init; }

    /// <summary>exact, over, under, approx, at_least, average.</summary>
    public string Qualifier { get; init; } = StatisticQualifier.Exact;

    public decimal? Numerator { get; init; }

    public decimal? Denominator { get; init; }

    public string? Subject { get; init; }

    public string Metric { get; init; } = "other";

    public double Confidence { get; init; }

    public string? Period { get; init; }

    public string? Locality { get; init; }

    public required string Sentence { get; init; }

    /// <summary>null when nothing to check; "consistent" or "inconsistent" when a fraction and a percentage are both given.</summary>
    public string? Consistency { get; init; }

    /// <summary>null for a level ("đạt 85%"); "increase" or "decrease" for a change ("tăng 5% so với năm trước").</summary>
    public string? Change { get; init; }
}
