namespace ChiBo.Extract.Statistics.Metrics.Training;

/// <summary>A statistic as labelled by hand: [<see cref="Start"/>, <see cref="End"/>) in UTF-16 code units.</summary>
public sealed record LabelledStatistic
{
    public required int Start { get; init; }

    public required int End { get; init; }

    public required string Text { get; init; }

    public required decimal Value { get; init; }

    public required string Kind { get; init; }

    public string? Unit { get; init; }

    public required string Qualifier { get; init; }

    public required string Metric { get; init; }
}
