using System.Text.Encodings.Web;
using System.Text.Json;
using ChiBo.Extract.Model;
using ChiBo.Ingest.Model;

namespace ChiBo.Index.Storage;

/// <summary>The stored JSON form of an article and its analysis. The text is stored in its own field, not here.</summary>
internal static class StoredArticleJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(Article article, ArticleAnalysis analysis) =>
        JsonSerializer.Serialize(new Payload(article with { Text = string.Empty }, analysis), Options);

    public static (Article Article, ArticleAnalysis Analysis) Deserialize(string json, string text)
    {
        var payload = JsonSerializer.Deserialize<Payload>(json, Options) ?? throw new InvalidDataException("Empty stored article.");
        return (payload.Article with { Text = text }, payload.Analysis);
    }

    /// <summary>Only the article: a search hit needs no analysis, and skipping it is most of a hit's cost.</summary>
    public static Article DeserializeArticle(string json, string text)
    {
        var payload = JsonSerializer.Deserialize<ArticleOnly>(json, Options) ?? throw new InvalidDataException("Empty stored article.");
        return payload.Article with { Text = text };
    }

    private sealed record Payload(Article Article, ArticleAnalysis Analysis);

    private sealed record ArticleOnly(Article Article);
}
