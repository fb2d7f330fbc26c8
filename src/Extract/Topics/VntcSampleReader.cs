using System.IO.Compression;
using System.Text.Json;

namespace ChiBo.Extract.Topics;

/// <summary>
/// Reads the VNTC sample (one JSON article per line, optionally gzipped) with its topic and split. The topic is taken
/// from <c>topic_vi</c>, the name with diacritics that <see cref="VntcTopics"/> uses.
/// </summary>
public static class VntcSampleReader
{
    public const string TrainSplit = "train";
    public const string TestSplit = "test";

    public static IEnumerable<LabelledArticle> Read(string path, string? split = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var article = Parse(line, path, lineNumber);
            if (split is null || article.Split == split)
            {
                yield return article;
            }
        }
    }

    private static LabelledArticle Parse(string line, string path, int lineNumber)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        string Field(string name) =>
            root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
                ? value.GetString()!
                : throw new InvalidDataException($"{path}:{lineNumber}: no \"{name}\".");

        var topic = Field("topic_vi");
        if (!VntcTopics.All.Contains(topic, StringComparer.Ordinal))
        {
            throw new InvalidDataException($"{path}:{lineNumber}: '{topic}' is not a VNTC topic.");
        }

        return new LabelledArticle(Field("id"), topic, Field("split"), Field("text"));
    }
}
