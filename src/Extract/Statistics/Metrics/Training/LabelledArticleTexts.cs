using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace ChiBo.Extract.Statistics.Metrics.Training;

/// <summary>
/// Reads the texts of the labelled articles as the extractor receives them: seed files from the repository's corpus/
/// folder, party-news and vnnews records from their gzipped JSON lines in the shared data folder. Every text is
/// checked against the length and SHA-256 recorded with its labels; a changed text fails rather than mis-scores.
/// </summary>
public static class LabelledArticleTexts
{
    public static readonly IReadOnlyDictionary<string, string> Dumps = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["party-news"] = Path.Combine("party-news", "party_news.jsonl.gz"),
        ["vnnews"] = Path.Combine("vnnews", "vntc_sample_30k.jsonl.gz"),
    };

    /// <summary>The text of every article, by <see cref="LabelledArticle.Key"/>.</summary>
    public static IReadOnlyDictionary<string, string> Read(LabelledStatisticSet set, string corpusDirectory, string sharedDataDirectory)
    {
        ArgumentNullException.ThrowIfNull(set);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var article in set.Articles.Where(a => a.Source == "corpus"))
        {
            texts[article.Key] = File.ReadAllText(Path.Combine(corpusDirectory, article.Id));
        }

        foreach (var (source, dump) in Dumps)
        {
            var wanted = set.Articles.Where(a => a.Source == source).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
            if (wanted.Count > 0)
            {
                ReadDump(Path.Combine(sharedDataDirectory, dump), source, wanted, texts);
            }
        }

        foreach (var article in set.Articles)
        {
            if (!texts.TryGetValue(article.Key, out var text))
            {
                throw new InvalidDataException($"{article.Key}: no such article (unknown source or id).");
            }

            var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
            if (text.Length != article.Length || sha != article.Sha256)
            {
                throw new InvalidDataException($"{article.Key}: the text changed since it was labelled (length {text.Length}, sha256 {sha}).");
            }
        }

        return texts;
    }

    private static void ReadDump(string path, string source, HashSet<string> wanted, Dictionary<string, string> texts)
    {
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            using var record = JsonDocument.Parse(line);
            var id = record.RootElement.GetProperty("id").GetString();
            if (id is not null && wanted.Contains(id))
            {
                texts[source + ":" + id] = record.RootElement.GetProperty("text").GetString() ?? "";
            }
        }
    }
}
