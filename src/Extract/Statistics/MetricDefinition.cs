namespace ChiBo.Extract.Statistics;

/// <summary>
/// One metric of the taxonomy (statistics.md §2) and the keyword rule that assigns it: the figure's kind, its unit,
/// and phrases that must all / any / none appear in the figure's own clause (and <see cref="SentenceAll"/> in its
/// sentence). Rules are tried in file order; the first that holds wins.
/// </summary>
public sealed record MetricDefinition
{
    public required string Id { get; init; }

    public required string Label { get; init; }

    /// <summary>percentage, count, or any.</summary>
    public string Kind { get; init; } = "any";

    public IReadOnlyList<string> Units { get; init; } = [];

    public IReadOnlyList<string> All { get; init; } = [];

    public IReadOnlyList<string> Any { get; init; } = [];

    public IReadOnlyList<string> None { get; init; } = [];

    public IReadOnlyList<string> SentenceAll { get; init; } = [];
}
