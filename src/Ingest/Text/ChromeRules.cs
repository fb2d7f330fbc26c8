using System.Reflection;
using System.Text.RegularExpressions;

namespace ChiBo.Ingest.Text;

/// <summary>Line rules for page chrome, from chrome-lines.tsv (embedded), so they can be corrected without code.</summary>
public sealed class ChromeRules
{
    // Bounds a pathological line, not a normal one: a busy machine must not turn an ordinary match into a failure.
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(10);

    private static readonly Lazy<ChromeRules> Shared = new(Load);
    private readonly List<Regex> _drop;
    private readonly List<Regex> _tail;

    private ChromeRules(List<Regex> drop, List<Regex> tail)
    {
        _drop = drop;
        _tail = tail;
    }

    public static ChromeRules Default => Shared.Value;

    /// <summary>The line is chrome to leave out.</summary>
    public bool IsChrome(string trimmedLine) => _drop.Any(r => r.IsMatch(trimmedLine));

    /// <summary>The line starts the page's tail (footer, related news, comment form): nothing after it is article.</summary>
    public bool StartsTail(string trimmedLine) => _tail.Any(r => r.IsMatch(trimmedLine));

    private static ChromeRules Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ChiBo.Ingest.Text.chrome-lines.tsv")
            ?? throw new InvalidOperationException("chrome-lines.tsv is not embedded.");
        using var reader = new StreamReader(stream);
        var drop = new List<Regex>();
        var tail = new List<Regex>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var regex = new Regex(line[(tab + 1)..], RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, MatchTimeout);
            (line[..tab] == "tail" ? tail : drop).Add(regex);
        }

        return new ChromeRules(drop, tail);
    }
}
