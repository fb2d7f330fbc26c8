using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChiBo.Cli.Bench;

/// <summary>
/// The texts a benchmark run indexes, held in memory as NDJSON lines so that both contenders read the same bytes and
/// neither pays for disk reads.
/// </summary>
internal sealed class BenchCorpus
{
    // Vietnamese letters stay as they are rather than as \uXXXX escapes, as in the source dumps.
    private static readonly JsonSerializerOptions Unescaped = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

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

    /// <summary>
    /// NDJSON dumps (optionally gzip), such as the VNTC sample and the party news; <paramref name="limit"/> caps the
    /// articles read from each file. With <paramref name="copies"/> above 1 every article is repeated, each further copy
    /// made distinct by a marker paragraph, to reach index sizes the samples alone do not (≥ 100k documents).
    /// </summary>
    public static BenchCorpus FromNdjson(IReadOnlyList<string> paths, int limit, int copies = 1)
    {
        var records = new List<JsonObject>();
        foreach (var path in paths)
        {
            records.AddRange(ReadRecords(path, limit));
        }

        var lines = new List<string>(records.Count * copies);
        var texts = new List<string>(records.Count * copies);
        for (var copy = 0; copy < copies; copy++)
        {
            foreach (var record in records)
            {
                var text = record["text"]!.GetValue<string>();
                if (copy > 0)
                {
                    text = MarkCopy(text, copy);
                }

                var line = record.DeepClone().AsObject();
                line["text"] = text;
                lines.Add(line.ToJsonString(Unescaped));
                texts.Add(text);
            }
        }

        var names = string.Join(" + ", paths.Select(Path.GetFileName));
        var description = copies > 1 ? $"{records.Count} articles from {names} × {copies} = {texts.Count}" : $"{texts.Count} articles from {names}";
        return new BenchCorpus(lines, texts, description);
    }

    private static List<JsonObject> ReadRecords(string path, int limit)
    {
        using var file = File.OpenRead(path);
        using var stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : (Stream)file;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var records = new List<JsonObject>();
        while (records.Count < limit && reader.ReadLine() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (JsonNode.Parse(line) is JsonObject record && record["text"] is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0)
            {
                records.Add(record);
            }
        }

        return records;
    }

    private static string MarkCopy(string article, int copy)
    {
        var middle = article.IndexOf("\n\n", article.Length / 2, StringComparison.Ordinal);
        var at = middle < 0 ? article.Length : middle;
        return article[..at] + "\n\nĐây là bản lưu số " + copy.ToString(System.Globalization.CultureInfo.InvariantCulture) + " của bài viết." + article[at..];
    }

    /// <summary>The lines as one NDJSON stream, encoded line by line: at 100k articles one joined string would be huge.</summary>
    public Stream OpenNdjson()
    {
        var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true))
        {
            foreach (var line in Lines)
            {
                writer.Write(line);
                writer.Write('\n');
            }
        }

        stream.Position = 0;
        return stream;
    }
}
