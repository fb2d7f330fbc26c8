namespace ChiBo.Ingest.Sources;

/// <summary>
/// Reads articles from files, folders (recursively) and NDJSON streams. Never throws for bad input:
/// a broken file or line becomes an <see cref="IngestFailure"/> and reading goes on.
/// </summary>
public sealed class ArticleSourceReader
{
    /// <summary>The file extensions (lower-case, with dot; ".jsonl.gz" as one) this reader takes from a folder.</summary>
    public static IReadOnlyCollection<string> SupportedExtensions { get; } = [".txt"];

    /// <summary>Every input file under <paramref name="paths"/> (files as given, folders recursively, in ordinal path order).</summary>
    public IEnumerable<string> EnumerateFiles(IEnumerable<string> paths) => throw new NotImplementedException();

    /// <summary>Reads one file; <paramref name="sourceName"/> is how it is recorded (default: the path as given).</summary>
    public IEnumerable<IngestItem> ReadFile(string path, string? sourceName = null) => throw new NotImplementedException();

    /// <summary>Reads NDJSON (one article per line: text or html plus optional title, published, url, authors, locality).</summary>
    public IEnumerable<IngestItem> ReadNdjson(Stream stream, string sourceName) => throw new NotImplementedException();
}
