using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ChiBo.Ingest.Html;
using ChiBo.Ingest.Localities;
using ChiBo.Ingest.Model;
using ChiBo.Ingest.Sources.LegacyFonts;
using ChiBo.Ingest.Text;

namespace ChiBo.Ingest.Sources;

/// <summary>
/// Reads articles from files (.txt, .html/.htm, .jsonl/.ndjson, .jsonl.gz/.ndjson.gz), folders (recursively) and NDJSON
/// streams. Never throws for bad input: a broken file or line becomes an <see cref="IngestFailure"/> with its reason
/// and reading goes on.
/// </summary>
public sealed class ArticleSourceReader(TextArticleParser text, HtmlArticleParser html, LocalityDetector localities)
{
    /// <summary>Files larger than this are refused (a saved article is a few hundred KiB; a dump may be large).</summary>
    public const long MaxArticleFileBytes = 20L * 1024 * 1024;

    public ArticleSourceReader()
        : this(new TextArticleParser(), new HtmlArticleParser(), new LocalityDetector())
    {
    }

    /// <summary>The file extensions (lower-case, with dot; ".jsonl.gz" as one) this reader takes from a folder.</summary>
    public static IReadOnlyCollection<string> SupportedExtensions { get; } =
        [".txt", ".html", ".htm", ".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz"];

    /// <summary>Every input file under <paramref name="paths"/> (files as given, folders recursively, in ordinal path order).</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "Part of the reader's instance API; which files it takes may come to depend on its settings.")]
    public IEnumerable<string> EnumerateFiles(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                yield return path;
            }
            else if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden })
                    .Where(f => !Path.GetFileName(f).StartsWith('.') && ExtensionOf(f) is { } ext && SupportedExtensions.Contains(ext))
                    .Order(StringComparer.Ordinal);
                foreach (var file in files)
                {
                    yield return file;
                }
            }
        }
    }

    /// <summary>Reads one file; <paramref name="sourceName"/> is how it is recorded (default: the path as given).</summary>
    public IEnumerable<IngestItem> ReadFile(string path, string? sourceName = null) =>
        ReadFileDeferred(path, sourceName).Select(parse => parse());

    /// <summary>
    /// Like <see cref="ReadFile"/>, but each item's decoding and parsing is left to the returned function, so callers
    /// can run those on several threads. The sequence itself reads the file (and a dump's lines) and must be
    /// enumerated on one thread, in order.
    /// </summary>
    public IEnumerable<Func<IngestItem>> ReadFileDeferred(string path, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = sourceName ?? path;
        var extension = ExtensionOf(path);
        if (extension is ".jsonl" or ".ndjson" or ".jsonl.gz" or ".ndjson.gz")
        {
            return ReadDump(path, name, extension.EndsWith(".gz", StringComparison.Ordinal));
        }

        return [() => ReadSingle(path, name, extension)];
    }

    /// <summary>Reads NDJSON (one article per line: text or html plus optional title, published, url, authors, locality).</summary>
    public IEnumerable<IngestItem> ReadNdjson(Stream stream, string sourceName) =>
        ReadNdjsonDeferred(stream, sourceName).Select(parse => parse());

    /// <summary>Like <see cref="ReadNdjson"/>, with each line's parsing left to the returned function (see <see cref="ReadFileDeferred"/>).</summary>
    public IEnumerable<Func<IngestItem>> ReadNdjsonDeferred(Stream stream, string sourceName) =>
        ReadNdjsonDeferred(stream, sourceName, new StreamState());

    private IEnumerable<Func<IngestItem>> ReadNdjsonDeferred(Stream stream, string sourceName, StreamState state)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var hashing = new HashingStream(stream);
        using var reader = new StreamReader(hashing, new UTF8Encoding(false, false));
        var number = 0;
        while (true)
        {
            string? line;
            string? broken = null;
            try
            {
                line = reader.ReadLine();
            }
            catch (InvalidDataException e)
            {
                line = null;
                broken = "the compressed stream is truncated or corrupt: " + e.Message;
            }
            catch (IOException e)
            {
                line = null;
                broken = "read error: " + e.Message;
            }

            if (broken is not null)
            {
                state.Broken = true;
                var failure = new IngestFailure(sourceName, hashing.Hash, $"{sourceName}#L{number + 1}", broken);
                yield return () => failure;
                yield break;
            }

            if (line is null)
            {
                yield break;
            }

            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var location = $"{sourceName}#L{number}";
            var hash = hashing.Hash;
            yield return () => ReadLine(line, sourceName, location, hash);
        }
    }

    private IEnumerable<Func<IngestItem>> ReadDump(string path, string sourceName, bool gzip)
    {
        string hash;
        try
        {
            hash = HashOfFile(path);
        }
        catch (IOException e)
        {
            var failure = new IngestFailure(sourceName, string.Empty, sourceName, "cannot read: " + e.Message);
            return [() => failure];
        }

        return ReadDumpLines(path, sourceName, gzip, hash);
    }

    private IEnumerable<Func<IngestItem>> ReadDumpLines(string path, string sourceName, bool gzip, string hash)
    {
        using var file = File.OpenRead(path);
        using Stream stream = gzip ? new GZipStream(file, CompressionMode.Decompress) : file;
        var state = new StreamState();
        foreach (var parse in ReadNdjsonDeferred(stream, sourceName, state))
        {
            yield return () => parse() switch
            {
                IngestedArticle a => a with { SourceFile = sourceName, SourceFileHash = hash },
                IngestFailure f => f with { SourceFile = sourceName, SourceFileHash = hash },
                var item => item,
            };
        }

        if (gzip && !state.Broken && GzipIntegrity.Problem(path) is { } problem)
        {
            var failure = new IngestFailure(sourceName, hash, sourceName, problem);
            yield return () => failure;
        }
    }

    private IngestItem ReadLine(string line, string sourceName, string location, string hash)
    {
        ArticleRecord? record;
        try
        {
            record = JsonSerializer.Deserialize<ArticleRecord>(line, ArticleRecord.Json);
        }
        catch (JsonException e)
        {
            return new IngestFailure(sourceName, hash, location, "invalid JSON: " + e.Message);
        }

        if (record is null || (string.IsNullOrWhiteSpace(record.Text) && string.IsNullOrWhiteSpace(record.Html)))
        {
            return new IngestFailure(sourceName, hash, location, "no \"text\" or \"html\" field");
        }

        var hints = new ArticleHints
        {
            Title = string.IsNullOrWhiteSpace(record.Title) ? null : record.Title.Trim(),
            Published = PublishedDateParser.TryParse(record.Published, out var date) ? date : null,
            Authors = record.AuthorList() is { Count: > 0 } names ? [.. names.SelectMany(BylineParser.Parse)] : null,
            Locality = record.Locality is { } l ? localities.Detect(l, l) : null,
            Url = record.Url,
            SourceFormat = record.Html is null ? "jsonl" : "jsonl+html",
        };
        // A dump may carry text copied from a legacy-font page: the JSON is Unicode, its letters are font glyphs.
        var isHtml = record.Html is not null;
        var body = record.Html ?? record.Text!;
        string? conversion = null;
        if (LegacyFontDetector.Detect(body, isHtml) is { } legacy)
        {
            body = legacy.ToUnicode(body);
            conversion = legacy.Conversion;
        }

        return Build(() => (isHtml ? html.Parse(body, location, hints) : text.Parse(body, location, hints)) with { EncodingConversion = conversion }, sourceName, hash, location);
    }

    private IngestItem ReadSingle(string path, string sourceName, string? extension)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (info.Length > MaxArticleFileBytes)
            {
                return new IngestFailure(sourceName, string.Empty, sourceName, $"too large: {info.Length / 1048576.0:F1} MiB (limit {MaxArticleFileBytes / 1048576} MiB)");
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (IOException e)
        {
            return new IngestFailure(sourceName, string.Empty, sourceName, "cannot read: " + e.Message);
        }
        catch (UnauthorizedAccessException e)
        {
            return new IngestFailure(sourceName, string.Empty, sourceName, "cannot read: " + e.Message);
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (bytes.Length == 0)
        {
            return new IngestFailure(sourceName, hash, sourceName, "empty file");
        }

        var isHtml = extension is ".html" or ".htm";
        if (extension is not (".txt" or ".html" or ".htm"))
        {
            return new IngestFailure(sourceName, hash, sourceName, $"unsupported file type '{extension ?? Path.GetExtension(path)}'");
        }

        if (!TextDecoder.TryDecode(bytes, isHtml, out var decoded, out var conversion, out var error))
        {
            return new IngestFailure(sourceName, hash, sourceName, error ?? "cannot decode");
        }

        var hints = new ArticleHints { SourceFormat = isHtml ? "html" : "txt" };
        return Build(() => (isHtml ? html.Parse(decoded, sourceName, hints) : text.Parse(decoded, sourceName, hints)) with { EncodingConversion = conversion }, sourceName, hash, sourceName);
    }

    private static IngestItem Build(Func<Article> parse, string sourceName, string hash, string location)
    {
        Article article;
        try
        {
            article = parse();
        }
#pragma warning disable CA1031 // A parser bug on one hostile input must become that input's failure, not end the batch.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return new IngestFailure(sourceName, hash, location, "cannot parse: " + e.Message);
        }

        if (string.IsNullOrWhiteSpace(article.Text))
        {
            return new IngestFailure(sourceName, hash, location, "no article text left after removing page chrome");
        }

        if (!VietnameseLanguageCheck.IsVietnamese(article.Title + "\n" + article.Text, out var reason))
        {
            return new IngestFailure(sourceName, hash, location, reason ?? "not Vietnamese");
        }

        return new IngestedArticle(article, sourceName, hash);
    }

    private static string? ExtensionOf(string path)
    {
        var name = Path.GetFileName(path).ToLowerInvariant();
        foreach (var ext in new[] { ".jsonl.gz", ".ndjson.gz" })
        {
            if (name.EndsWith(ext, StringComparison.Ordinal))
            {
                return ext;
            }
        }

        var single = Path.GetExtension(name);
        return single.Length == 0 ? null : single;
    }

    private static string HashOfFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>Whether reading a stream ended in a read or decompression error (already reported).</summary>
    private sealed class StreamState
    {
        public bool Broken { get; set; }
    }
}
