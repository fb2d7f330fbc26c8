using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace ChiBo.Ingest.Html;

/// <summary>
/// Finds a page's main text by content scoring, not per-site rules. Chrome markup (boilerplate-patterns.tsv) is
/// pruned; SmartReader's Readability scoring picks the main container, falling back to our own text-density pick;
/// the container is then cleaned for precision (<see cref="ContentCleaner"/>) and written one block per line.
/// When that text is short, the page's own JSON-LD articleBody is used if it is longer.
/// </summary>
public static class HtmlMainTextExtractor
{
    /// <summary>Below this many characters the pick is taken as a miss and the fallbacks are tried.</summary>
    private const int ShortText = 400;

    private static readonly Uri PlaceholderUri = new("https://localhost/");

    public static string Extract(IDocument document) => ExtractWithDatelines(document).Text;

    /// <summary>The main text, and the lines dating the article that were taken out of it (see <see cref="DatelineFilter"/>).</summary>
    public static HtmlMainText ExtractWithDatelines(IDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Body is null)
        {
            return new HtmlMainText(string.Empty, []);
        }

        var articleBody = JsonLdArticleBody.Find(document);
        // SmartReader rewrites the document it reads; the fallback needs the page as it was.
        var lines = document.Clone(deep: true) is IHtmlDocument copy ? ReadabilityLines(copy) : null;
        if (lines is null || TextLength(lines) < ShortText)
        {
            var dense = DensityLines(document);
            if (lines is null || TextLength(dense) > TextLength(lines))
            {
                lines = dense;
            }
        }

        var datelines = lines.Where(DatelineFilter.IsDateline).ToList();
        var text = string.Join('\n', lines.Where(l => !DatelineFilter.IsDateline(l)));
        return new HtmlMainText(articleBody is not null && articleBody.Length > Math.Max(text.Length, ShortText) * 1.2 ? articleBody : text, datelines);
    }

    private static int TextLength(IReadOnlyList<string> lines) => lines.Sum(l => l.Length + 1);

    private static IReadOnlyList<string>? ReadabilityLines(IHtmlDocument document)
    {
        IElement? content = null;
        using var reader = new SmartReader.Reader(PlaceholderUri.ToString(), document)
        {
            ContinueIfNotReadable = true,
            DisableJSONLD = false,
            KeepClasses = true,
        };
        reader.AddCustomOperationEnd(root => content = root);
        var article = reader.GetArticle();
        if (content is null)
        {
            return null;
        }

        ContentCleaner.Clean(content);
        return BlockTextWriter.Lines(content);
    }

    private static IReadOnlyList<string> DensityLines(IDocument document)
    {
        var body = document.Body!;
        BoilerplatePatterns.Default.Prune(body);
        var container = DensityContainerPicker.Pick(body);
        ContentCleaner.Clean(container);
        return BlockTextWriter.Lines(container);
    }
}
