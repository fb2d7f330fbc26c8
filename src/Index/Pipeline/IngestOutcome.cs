namespace ChiBo.Index.Pipeline;

/// <summary>The result for one article or one failed input.</summary>
public sealed record IngestOutcome(string Source, IngestStatus Status, string? Id = null, string? DuplicateOf = null, string? Error = null);
