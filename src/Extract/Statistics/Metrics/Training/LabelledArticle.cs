namespace ChiBo.Extract.Statistics.Metrics.Training;

/// <summary>One article of the labelled set: where its text is, how long it is and its SHA-256, to detect drift.</summary>
public sealed record LabelledArticle
{
    public required string Source { get; init; }

    public required string Id { get; init; }

    public required int Length { get; init; }

    public required string Sha256 { get; init; }

    public required string Split { get; init; }

    /// <summary>Articles reporting the same event or copying the same text share a group and a split.</summary>
    public string? Group { get; init; }

    public required IReadOnlyList<LabelledStatistic> Statistics { get; init; }

    public string Key => Source + ":" + Id;
}
