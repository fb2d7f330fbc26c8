using AngleSharp.Dom;

namespace ChiBo.Ingest.Html;

/// <summary>
/// Precision pass over the chosen main container: what a reader skips even inside the article — captions, chrome-named
/// blocks, and link lists (related stories, tag clouds, share bars) whose text is mostly links.
/// </summary>
internal static class ContentCleaner
{
    public static void Clean(IElement container)
    {
        foreach (var element in container.QuerySelectorAll("figcaption, h1").ToList())
        {
            element.Remove();
        }

        BoilerplatePatterns.Default.PruneInside(container);

        foreach (var element in container.QuerySelectorAll("ul, ol, div, section, aside, table, p").Reverse().ToList())
        {
            if (IsLinkList(element))
            {
                element.Remove();
            }
        }
    }

    private static bool IsLinkList(IElement element)
    {

        var text = TextSquasher.Squash(element.TextContent);
        if (text.Length == 0)
        {
            return element.QuerySelector("img, picture, video") is null;
        }

        return element.QuerySelector("a") is not null && DensityContainerPicker.LinkDensity(element) > 0.6;
    }
}
