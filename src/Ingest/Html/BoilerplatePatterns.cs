using System.Reflection;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace ChiBo.Ingest.Html;

/// <summary>
/// Markup that is page chrome rather than article, from boilerplate-patterns.tsv (embedded) so it can be corrected
/// without code: selectors to remove outright, and class/id patterns for chrome with their content exemptions.
/// </summary>
internal sealed class BoilerplatePatterns
{
    // Interpreted, not compiled: class names are short, and compiling costs more than it saves. The timeout guards
    // against a runaway pattern in the data file, not against a slow machine, hence its generous length.
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(10);
    private static readonly Lazy<BoilerplatePatterns> Shared = new(Load);
    private readonly string _removeSelector;
    private readonly Regex _chrome;
    private readonly Regex _content;
    private readonly Regex _inner;

    private BoilerplatePatterns(string removeSelector, Regex chrome, Regex content, Regex inner)
    {
        _removeSelector = removeSelector;
        _chrome = chrome;
        _content = content;
        _inner = inner;
    }

    public static BoilerplatePatterns Default => Shared.Value;

    /// <summary>
    /// Removes the outright-chrome elements and the chrome-named ones below <paramref name="root"/>, except an element
    /// holding most of the page's text: whole pages sit inside a &lt;form&gt; (ASP.NET, SharePoint) or a wrapper
    /// named after a widget or an ad rail, and removing those would remove the article.
    /// </summary>
    public void Prune(IElement root) => Prune(root, _chrome);

    /// <summary>
    /// Within the chosen main container: removes the outright-chrome elements and those named by the "inner" patterns
    /// (comments, share bars, related links, promotions), which stay chrome even inside an article.
    /// </summary>
    public void PruneInside(IElement container) => Prune(container, _inner);

    private void Prune(IElement root, Regex chrome)
    {
        var total = VisibleTextLength(root);
        foreach (var element in root.QuerySelectorAll(_removeSelector).ToList())
        {
            if (!HoldsMostOf(element, total))
            {
                element.Remove();
            }
        }

        foreach (var element in root.QuerySelectorAll("[class],[id]").ToList())
        {
            var names = NamesOf(element);
            if (names.Length > 0 && chrome.IsMatch(names) && !_content.IsMatch(names) && !HoldsMostOf(element, total))
            {
                element.Remove();
            }
        }
    }

    private static bool HoldsMostOf(IElement element, int total) =>
        element.LocalName is not ("script" or "style" or "noscript" or "template") && VisibleTextLength(element) * 2 > total;

    private static int VisibleTextLength(IElement element) =>
        element.TextContent.Length - element.QuerySelectorAll("script, style, noscript, template").Sum(s => s.TextContent.Length);

    /// <summary>The element's class or id names it as chrome and nothing in them names it as content.</summary>
    public bool IsChromeNamed(IElement element)
    {
        var names = NamesOf(element);
        return names.Length > 0 && _chrome.IsMatch(names) && !_content.IsMatch(names);
    }

    /// <summary>The element's class or id names it as the article's content.</summary>
    public bool IsContentNamed(IElement element)
    {
        var names = NamesOf(element);
        return names.Length > 0 && _content.IsMatch(names);
    }

    private static string NamesOf(IElement element) => (element.GetAttribute("class") + " " + element.Id).Trim();

    private static BoilerplatePatterns Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ChiBo.Ingest.Html.boilerplate-patterns.tsv")
            ?? throw new InvalidOperationException("boilerplate-patterns.tsv is not embedded.");
        using var reader = new StreamReader(stream);
        var remove = new List<string>();
        var chrome = new List<string>();
        var content = new List<string>();
        var inner = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var pattern = line[(tab + 1)..];
            switch (line[..tab])
            {
                case "remove":
                    remove.Add(pattern);
                    break;
                case "chrome":
                    chrome.Add(pattern);
                    break;
                case "content":
                    content.Add(pattern);
                    break;
                case "inner":
                    chrome.Add(pattern);
                    inner.Add(pattern);
                    break;
                default:
                    throw new InvalidOperationException($"boilerplate-patterns.tsv: unknown rule kind '{line[..tab]}'.");
            }
        }

        return new BoilerplatePatterns(string.Join(", ", remove), Join(chrome), Join(content), Join(inner));
    }

    private static Regex Join(List<string> patterns) =>
        new(string.Join('|', patterns.Select(p => "(?:" + p + ")")), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout);
}
