namespace ChiBo.Index.Pipeline;

/// <summary>A progress snapshot for a terminal bar or a plain log line.</summary>
public sealed record IngestProgress(int FilesDone, int FilesTotal, long BytesDone, long BytesTotal, int Articles, int Errors, string? CurrentFile);
