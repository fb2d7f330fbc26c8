using AngleSharp.Dom;

namespace ChiBo.Ingest.Html;

/// <summary>Reads properties from a page's JSON-LD blocks (schema.org NewsArticle and kin), tolerating broken JSON.</summary>
internal static class JsonLdArticleBody
{
    /// <summary>The longest articleBody the page's JSON-LD carries, white space squashed per paragraph; or null.</summary>
    public static string? Find(IDocument document)
    {
        var best = JsonLdProperties.Strings(document, "articleBody").MaxBy(s => s.Length);
        if (string.IsNullOrWhiteSpace(best))
        {
            return null;
        }

        var lines = best.Split('\n').Select(TextSquasher.Squash).Where(l => l.Length > 0);
        return string.Join('\n', lines);
    }
}
