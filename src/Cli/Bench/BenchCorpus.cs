using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChiBo.Cli.Bench;

/// <summary>
/// The texts a benchmark run indexes, held in memory as NDJSON lines so that both contenders read the same bytes and
/// neither pays for disk reads.
/// </summary>
internal sealed class BenchCorpus
{
    private BenchCorpus(IReadOnlyList<string> lines, IReadOnlyList<string> texts, string description)
    {
        Lines = lines;
        Texts = texts;
        Description = description;
        Bytes = texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t));
    }

    /// <summary>One JSON object per article, as <c>chibo ingest -</c> would read them.</summary>
    public IReadOnlyList<string> Lines { get; }

    /// <summary>The article texts alone, for the plain-Lucene baseline.</summary>
    public IReadOnlyList<string> Texts { get; }

    /// <summary>UTF-8 bytes of article text: the unit of MiB/s for both contenders.</summary>
    public long Bytes { get; }

    public string Description { get; }

    /// <summary>The seed articles, each copy made distinct by a trailing line so that deduplication keeps them all.</summary>
    public static BenchCorpus FromSeeds(string corpusDirectory, int copies)
    {
        var seeds = Directory.EnumerateFiles(corpusDirectory, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        if (seeds.Count == 0)
        {
            throw new InvalidOperationException($"No .txt articles in {corpusDirectory}.");
        }

        var texts = new List<string>(seeds.Count * copies);
        for (var copy = 0; copy < copies; copy++)
        {
            // The marker goes mid-body: the page's head and tail are chrome that ingest removes.
            texts.AddRange(seeds.Select(s => MarkCopy(s, copy)));
        }

        return new BenchCorpus(texts.Select(t => new JsonObject { ["text"] = t }.ToJsonString()).ToList(), texts, $"{seeds.Count} seed articles × {copies}");
    }

    /// <summary>An NDJSON dump (optionally gzip), such as the VNTC sample; <paramref name="limit"/> caps the articles read.</summary>
    public static BenchCorpus FromNdjson(string path, int limit)
    {
        using var file = File.OpenRead(path);
        using var stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : (Stream)file;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var lines = new List<string>();
        var texts = new List<string>();
        while (lines.Count < limit && reader.ReadLine() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            if (json.RootElement.TryGetProperty("text", out var text) && text.GetString() is { Length: > 0 } t)
            {
                lines.Add(line);
                texts.Add(t);
            }
        }

        return new BenchCorpus(lines, texts, $"{texts.Count} articles from {Path.GetFileName(path)}");
    }

    private static string MarkCopy(string article, int copy)
    {
        var middle = article.IndexOf("\n\n", article.Length / 2, StringComparison.Ordinal);
        var at = middle < 0 ? article.Length : middle;
        return article[..at] + "\n\nĐây là bản lưu số " + copy.ToString(System.Globalization.CultureInfo.InvariantCulture) + " của bài viết." + article[at..];
    }

    public Stream OpenNdjson() => new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', Lines)));
}
