using System.Text;
using AngleSharp.Dom;

namespace ChiBo.Ingest.Html;

/// <summary>
/// Writes an element's text one block per line: block elements (paragraphs, headings, list items, table cells) and
/// &lt;br&gt; end a line, inline elements run together, white space collapses.
/// </summary>
internal static class BlockTextWriter
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "P", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "BLOCKQUOTE", "PRE", "TD", "TH", "DT", "DD", "TR", "TABLE", "UL", "OL", "DL",
        "DIV", "SECTION", "ARTICLE", "MAIN", "HEADER", "FOOTER", "ASIDE", "FIGURE", "FIGCAPTION", "CENTER", "HR",
    };

    private static readonly HashSet<string> SilentTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "BUTTON", "SELECT", "TEXTAREA", "IFRAME", "OBJECT",
    };

    public static IReadOnlyList<string> Lines(INode node)
    {
        var lines = new List<string>();
        var inline = new StringBuilder();
        Collect(node, lines, inline);
        Flush(inline, lines);
        return lines;
    }

    public static string Text(INode node) => string.Join('\n', Lines(node));

    private static void Collect(INode node, List<string> lines, StringBuilder inline)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IElement element when SilentTags.Contains(element.TagName):
                    break;
                case IElement element when element.TagName == "BR":
                    Flush(inline, lines);
                    break;
                case IElement element when BlockTags.Contains(element.TagName):
                    Flush(inline, lines);
                    Collect(element, lines, inline);
                    Flush(inline, lines);
                    break;
                case IElement element:
                    Collect(element, lines, inline);
                    break;
                case IText text:
                    inline.Append(text.Data);
                    break;
                default:
                    break;
            }
        }
    }

    private static void Flush(StringBuilder inline, List<string> lines)
    {
        var text = TextSquasher.Squash(inline.ToString());
        if (text.Length > 0)
        {
            lines.Add(text);
        }

        inline.Clear();
    }
}
