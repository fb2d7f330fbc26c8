using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace ChiBo.Ingest.Html;

/// <summary>
/// Finds a page's main text by content scoring, not per-site rules: chrome elements (navigation, forms, share bars,
/// comment boxes, related-news lists) are removed; every block container is scored by the text of its paragraphs,
/// less the share of that text inside links; the best container's blocks become the text, one paragraph per line.
/// </summary>
public static partial class HtmlMainTextExtractor
{
    private static readonly string[] RemovedTags =
        ["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "button", "svg", "select", "input", "textarea", "template", "figure > figcaption"];

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "P", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "BLOCKQUOTE", "PRE", "TD", "DT", "DD", "TR", "TABLE", "UL", "OL", "DIV", "SECTION", "ARTICLE", "MAIN",
    };

    public static string Extract(IDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var body = document.Body;
        if (body is null)
        {
            return string.Empty;
        }

        foreach (var element in body.QuerySelectorAll(string.Join(',', RemovedTags)).ToList())
        {
            element.Remove();
        }

        foreach (var element in body.QuerySelectorAll("[class],[id]").ToList())
        {
            var name = (element.ClassName + " " + element.Id).ToLowerInvariant();
            if (Chrome().IsMatch(name) && !Content().IsMatch(name))
            {
                element.Remove();
            }
        }

        var best = BestContainer(body);
        var lines = new List<string>();
        CollectBlocks(best, lines);
        return string.Join('\n', lines);
    }

    private static IElement BestContainer(IElement body)
    {
        var explicitBody = body.QuerySelector("[itemprop=articleBody], article .content, article");
        var scores = new Dictionary<IElement, double>();
        foreach (var p in body.QuerySelectorAll("p, br, div, td, li, pre").Where(e => e.LocalName == "p" || OwnTextLength(e) >= 40))
        {
            var text = Squash(p.TextContent);
            if (text.Length < 25)
            {
                continue;
            }

            var linkText = p.QuerySelectorAll("a").Sum(a => Squash(a.TextContent).Length);
            var score = (1 + Math.Min(text.Length / 100.0, 3) + text.Count(c => c == ',')) * (1 - ((double)linkText / Math.Max(1, text.Length)));
            var parent = p.ParentElement;
            if (parent is null)
            {
                continue;
            }

            scores[parent] = scores.GetValueOrDefault(parent) + score;
            if (parent.ParentElement is { } grand)
            {
                scores[grand] = scores.GetValueOrDefault(grand) + (score / 2);
            }
        }

        if (scores.Count == 0)
        {
            return explicitBody ?? body;
        }

        var top = scores.MaxBy(s => s.Value * (1 - LinkDensity(s.Key))).Key;
        if (explicitBody is not null && (explicitBody.Contains(top) || scores.GetValueOrDefault(explicitBody) >= scores[top] * 0.5))
        {
            return explicitBody;
        }

        return top;
    }

    private static void CollectBlocks(INode node, List<string> lines)
    {
        var inline = new StringBuilder();
        foreach (var child in node.ChildNodes)
        {
            if (child is IElement element && (BlockTags.Contains(element.TagName) || element.TagName == "BR"))
            {
                Flush(inline, lines);
                if (element.TagName != "BR")
                {
                    CollectBlocks(element, lines);
                }
            }
            else
            {
                inline.Append(child.TextContent);
            }
        }

        Flush(inline, lines);
    }

    private static void Flush(StringBuilder inline, List<string> lines)
    {
        var text = Squash(inline.ToString());
        if (text.Length > 0)
        {
            lines.Add(text);
        }

        inline.Clear();
    }

    private static int OwnTextLength(IElement element) =>
        element.ChildNodes.Where(n => n.NodeType == NodeType.Text).Sum(n => n.TextContent.Trim().Length);

    private static double LinkDensity(IElement element)
    {
        var total = Squash(element.TextContent).Length;
        return total == 0 ? 1 : Math.Min(1, element.QuerySelectorAll("a").Sum(a => Squash(a.TextContent).Length) / (double)total);
    }

    private static string Squash(string text) => Spaces().Replace(text.Replace('\u00A0', ' '), " ").Trim();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"comment|binh-?luan|share|social|sharing|related|tin-?khac|tinlienquan|lien-?quan|sidebar|widget|menu|breadcrumb|footer|header|navbar|banner|advert|quang-?cao|\bads?\b|popup|cookie|rating|print|toolbar|ribbon|s4-|ms-webpart-titletext|pager|pagination|tags?\b|most-?read|xem-?nhieu", RegexOptions.CultureInvariant)]
    private static partial Regex Chrome();

    [GeneratedRegex(@"article|content|entry|post-?body|main|noidung|detail|chi-?tiet", RegexOptions.CultureInvariant)]
    private static partial Regex Content();
}
