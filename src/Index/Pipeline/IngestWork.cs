namespace ChiBo.Index.Pipeline;

/// <summary>What flows from the readers to the single index writer, in input order.</summary>
internal abstract record IngestWork;

/// <summary>
/// An input file begins. <see cref="Unchanged"/>: already ingested with these bytes, nothing follows.
/// <see cref="Replacing"/>: ingested before with other bytes, so what it produced then goes first.
/// </summary>
internal sealed record FileStarted(string File, string SourceName, bool Unchanged, bool Replacing, string? Error) : IngestWork;

/// <summary>One item of the current input, being prepared (or prepared) off the writer thread.</summary>
internal sealed record ItemPrepared(Task<PreparedItem> Item) : IngestWork;

/// <summary>The current input file is done.</summary>
internal sealed record FileFinished(string File, long Bytes) : IngestWork;
