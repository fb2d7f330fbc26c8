namespace ChiBo.Ingest.Model;

/// <summary>
/// One news article after ingest: the main text as the source wrote it (minus page chrome) and its metadata.
/// Offsets produced by later stages (references, statistics, snippets) index into <see cref="Text"/>.
/// </summary>
public sealed record Article
{
    /// <summary>Stable id derived from the normalised main text, so the same article ingested twice has one id.</summary>
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required string Text { get; init; }

    public PublishedDate? Published { get; init; }

    public IReadOnlyList<Author> Authors { get; init; } = [];

    public Locality? Locality { get; init; }

    public string? Url { get; init; }

    public string? Site { get; init; }

    /// <summary>Where the article came from: a file path relative to the ingest root, or "stdin:LINE".</summary>
    public string? Source { get; init; }

    /// <summary>txt, html, jsonl…</summary>
    public string? SourceFormat { get; init; }

    /// <summary>A legacy-encoding conversion applied on the way in (e.g. "TCVN3→Unicode"), recorded for provenance.</summary>
    public string? EncodingConversion { get; init; }
}
