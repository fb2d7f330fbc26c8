using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ChiBo.Ingest.Model;
using ChiBo.Ingest.Text;

namespace ChiBo.Ingest.Html;

/// <summary>
/// A saved HTML page → <see cref="Article"/>: metadata from the page (og:title, article:published_time, JSON-LD,
/// &lt;time&gt;, author meta, canonical URL), main text by <see cref="HtmlMainTextExtractor"/>, then the same text
/// rules as a .txt article (chrome lines, dates, bylines, repeated paragraphs).
/// </summary>
public sealed class HtmlArticleParser(TextArticleParser text)
{
    public HtmlArticleParser()
        : this(new TextArticleParser())
    {
    }

    public Article Parse(string html, string? source = null, ArticleHints? hints = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        hints ??= ArticleHints.None;
        using var document = new HtmlParser().ParseDocument(html);
        var url = hints.Url ?? Meta(document, "og:url") ?? document.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
        var title = hints.Title ?? Meta(document, "og:title") ?? Squash(document.QuerySelector("h1")?.TextContent) ?? TitleOf(document);
        PublishedDate? published = hints.Published;
        if (published is null && DateFromPage(document) is { } raw && PublishedDateParser.TryParse(raw, out var date))
        {
            published = date;
        }

        IReadOnlyList<Author>? authors = hints.Authors;
        if (authors is null && (Meta(document, "author") ?? Meta(document, "article:author")) is { } byline && BylineParser.Parse(byline) is { Count: > 0 } parsed)
        {
            authors = parsed;
        }

        var mainText = HtmlMainTextExtractor.ExtractWithDatelines(document);

        // Pages without date metadata print it in the article's dateline ("Ngày đăng: 08/11/2019"), which the
        // extractor takes out of the text; a dateline with a time beats one without, as in .txt articles.
        if (published is null)
        {
            var dated = mainText.Datelines.Select(l => PublishedDateParser.TryParse(l, out var d) ? d : (PublishedDate?)null).Where(d => d is not null).ToList();
            published = dated.OrderBy(d => d!.Value.Time is null ? 1 : 0).FirstOrDefault();
        }

        return text.Parse(mainText.Text, source, hints with
        {
            Title = string.IsNullOrWhiteSpace(title) ? null : title,
            Published = published,
            Authors = authors,
            Url = url,
            SourceFormat = hints.SourceFormat ?? "html",
        });
    }

    private static string? DateFromPage(IDocument document) =>
        Meta(document, "article:published_time") ?? Meta(document, "datePublished") ?? Meta(document, "pubdate") ??
        JsonLdProperties.First(document, "datePublished") ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime") ??
        document.QuerySelector("[itemprop=datePublished]")?.GetAttribute("content");

    private static string? Meta(IDocument document, string name) =>
        document.QuerySelectorAll("meta").FirstOrDefault(m =>
            string.Equals(m.GetAttribute("property"), name, StringComparison.OrdinalIgnoreCase) ||
            string.Equals(m.GetAttribute("name"), name, StringComparison.OrdinalIgnoreCase) ||
            string.Equals(m.GetAttribute("itemprop"), name, StringComparison.OrdinalIgnoreCase))?.GetAttribute("content") is { Length: > 0 } v ? v.Trim() : null;

    private static string? TitleOf(IDocument document)
    {
        var title = Squash(document.Title);
        if (title is null)
        {
            return null;
        }

        // "Headline - Site name" / "Headline | Site name": the longer part is the headline.
        var parts = title.Split([" | ", " - ", " – "], StringSplitOptions.RemoveEmptyEntries);
        return parts.MaxBy(p => p.Length);
    }

    private static string? Squash(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
