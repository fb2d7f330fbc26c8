using ChiBo.Ingest.Model;

namespace ChiBo.Ingest.Sources;

/// <summary>
/// One outcome of reading an input: an article, or a failure that is reported and set aside while the batch goes on.
/// <see cref="SourceFile"/> is the input file as named to the reader; <see cref="SourceFileHash"/> the SHA-256 (hex)
/// of its bytes, so a re-run can tell new and changed files from ones already ingested.
/// </summary>
public abstract record IngestItem(string SourceFile, string SourceFileHash);

/// <summary>An article read from <see cref="IngestItem.SourceFile"/>; <see cref="Article.Source"/> says where inside it (e.g. "dump.jsonl#L12").</summary>
public sealed record IngestedArticle(Article Article, string SourceFile, string SourceFileHash)
    : IngestItem(SourceFile, SourceFileHash);

/// <summary>An input, or a part of one (<see cref="Location"/>: a line of a dump), that could not be ingested, and why.</summary>
public sealed record IngestFailure(string SourceFile, string SourceFileHash, string Location, string Reason)
    : IngestItem(SourceFile, SourceFileHash);
