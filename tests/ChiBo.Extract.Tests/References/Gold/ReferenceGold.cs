using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ChiBo.Extract.Model;
using ChiBo.Ingest.Text;
using ChiBo.TestSupport;

namespace ChiBo.Extract.Tests.References.Gold;

/// <summary>
/// Loads the annotated reference set and the texts it points into: party-news records by id from
/// ../shared/data (skipped outside CI when absent, failed in CI), corpus seeds as the ingest stage stores them
/// (chrome and title removed). A text whose length or SHA-256 differs from the annotation fails the load: its
/// offsets would no longer mean anything.
/// </summary>
internal static class ReferenceGold
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string FilePath => Path.Combine(AppContext.BaseDirectory, "References", "Gold", "references-gold.jsonl");

    public static IReadOnlyList<GoldArticle> Load() =>
        File.ReadLines(FilePath)
            .Where(line => line.Length > 0)
            .Select(line => JsonSerializer.Deserialize<GoldArticle>(line, Json) ?? throw new InvalidDataException("empty gold line"))
            .ToList();

    public static IReadOnlyList<AnnotatedArticle> LoadWithTexts()
    {
        var gold = Load();
        var partyNews = PartyNewsTexts(gold.Where(g => g.PartyNews is not null).Select(g => g.PartyNews!).ToHashSet(StringComparer.Ordinal));
        var articles = new List<AnnotatedArticle>(gold.Count);
        foreach (var g in gold)
        {
            string text;
            ArticleContext context;
            if (g.PartyNews is { } id)
            {
                Assert.True(partyNews.TryGetValue(id, out var found), $"party-news has no record {id}");
                text = found!;
                context = ArticleContext.None;
            }
            else
            {
                var file = g.Corpus ?? throw new InvalidDataException("a gold line names neither party-news nor corpus");
                text = new TextArticleParser().Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Corpus, file)), file).Text;
                context = SeedArticles.Context(file[..3]);
            }

            Assert.True(
                text.Length == g.Length && Sha256(text) == g.Sha256,
                $"{g.Source}: the text changed since it was annotated (length {text.Length}, annotated {g.Length}); re-check its offsets");
            articles.Add(new AnnotatedArticle(g, text, context));
        }

        return articles;
    }

    private static Dictionary<string, string> PartyNewsTexts(HashSet<string> ids)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        if (ids.Count == 0)
        {
            return texts;
        }

        var path = SharedData.Require("party-news/party_news.jsonl.gz");
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        while (reader.ReadLine() is { } line)
        {
            using var json = JsonDocument.Parse(line);
            var id = json.RootElement.GetProperty("id").GetString();
            if (id is not null && ids.Contains(id))
            {
                texts[id] = json.RootElement.GetProperty("text").GetString() ?? string.Empty;
            }
        }

        return texts;
    }

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
