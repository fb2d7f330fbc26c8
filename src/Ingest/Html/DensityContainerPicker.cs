using AngleSharp.Dom;

namespace ChiBo.Ingest.Html;

/// <summary>
/// Picks the element holding most of a page's running text: every paragraph-like block scores by its length and
/// commas, discounted by the share of its text inside links, and passes the score to its parent (and half to its
/// grandparent); the best container, discounted again by its own link density, wins, unless the page marks its
/// article body (itemprop=articleBody, &lt;article&gt;) and that holds a fair share of the score.
/// </summary>
internal static class DensityContainerPicker
{
    public static IElement Pick(IElement body)
    {
        var explicitBody = body.QuerySelector("[itemprop=articleBody], article .content, article");
        var scores = new Dictionary<IElement, double>();
        foreach (var p in body.QuerySelectorAll("p, div, td, li, pre").Where(e => e.LocalName == "p" || OwnTextLength(e) >= 40))
        {
            var text = TextSquasher.Squash(p.TextContent);
            if (text.Length < 25 || p.ParentElement is not { } parent)
            {
                continue;
            }

            var score = (1 + Math.Min(text.Length / 100.0, 3) + text.Count(c => c == ',')) * (1 - LinkDensity(p));
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

    /// <summary>The share of the element's text that sits inside links, 0–1 (1 for an element without text).</summary>
    public static double LinkDensity(IElement element)
    {
        var total = TextSquasher.Squash(element.TextContent).Length;
        return total == 0 ? 1 : Math.Min(1, element.QuerySelectorAll("a").Sum(a => TextSquasher.Squash(a.TextContent).Length) / (double)total);
    }

    private static int OwnTextLength(IElement element) =>
        element.ChildNodes.Where(n => n.NodeType == NodeType.Text).Sum(n => n.TextContent.Trim().Length);
}
