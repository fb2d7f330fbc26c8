namespace ChiBo.Extract.Statistics;

/// <summary>
/// One metric of the taxonomy (statistics.md §2): its stable API <see cref="Id"/>, the Vietnamese
/// <see cref="Label"/> the web page shows, which kinds and units of figure it can be, the keyword cues of the
/// rule baseline, example sentences for the trained model, and, for a whole reported as parts, the metrics whose sum it is (statistics.md §4).
/// </summary>
public sealed record MetricDefinition
{
    public required string Id { get; init; }

    public required string Label { get; init; }

    /// <summary>Statistic kinds the metric can take; empty means any.</summary>
    public IReadOnlyList<string> Kinds { get; init => field = value ?? []; } = [];

    /// <summary>Counted nouns the metric can take for counts and fractions; empty means any.</summary>
    public IReadOnlyList<string> Units { get; init => field = value ?? []; } = [];

    public IReadOnlyList<MetricCue> Cues { get; init => field = value ?? []; } = [];

    /// <summary>
    /// Sentences written for this metric, the figure marked [[…]]: extra training examples, so that a new or rare metric
    /// is learnt from this file and a few labelled statistics without code changes.
    /// </summary>
    public IReadOnlyList<string> Examples { get; init => field = value ?? []; } = [];

    /// <summary>Metrics whose percentages add up to this one ("tốt trở lên" = "xuất sắc" + "tốt"); empty when none.</summary>
    public IReadOnlyList<string> SumOf { get; init => field = value ?? []; } = [];
}
