using System.Collections.Frozen;
using System.Reflection;

namespace ChiBo.Extract.Statistics;

/// <summary>
/// The nouns a count may count ("đảng viên", "cuộc kiểm tra"…) with their normalised unit, read once from the
/// embedded counted-nouns.tsv. A number followed by none of them is not reported as a count, nor one followed by a
/// phrase the file marks as not counted ("01 buổi sáng").
/// </summary>
internal static class CountedNouns
{
    private const string NotCounted = "-";

    // By lower-cased first letter, longest first: every number in a text is looked up, so only the nouns that can
    // start where it ends are compared.
    private static readonly Lazy<FrozenDictionary<char, (string Written, string Unit)[]>> Entries = new(Load);

    /// <summary>The longest counted noun starting at <paramref name="index"/> (after optional spaces), ending at a word boundary.</summary>
    public static (string Unit, int End)? Match(string text, int index)
    {
        while (index < text.Length && char.IsWhiteSpace(text[index]) && text[index] is not ('\n' or '\r'))
        {
            index++;
        }

        if (index >= text.Length || !Entries.Value.TryGetValue(char.ToLowerInvariant(text[index]), out var candidates))
        {
            return null;
        }

        foreach (var (written, unit) in candidates)
        {
            var end = index + written.Length;
            if (end <= text.Length
                && string.Compare(text, index, written, 0, written.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return unit == NotCounted ? null : (unit, end);
            }
        }

        return null;
    }

    private static FrozenDictionary<char, (string Written, string Unit)[]> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(typeof(CountedNouns).Namespace + ".counted-nouns.tsv")
            ?? throw new InvalidOperationException("counted-nouns.tsv is not embedded.");
        using var reader = new StreamReader(stream);
        var entries = new List<(string, string)>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t');
            entries.Add(tab < 0 ? (line, line) : (line[..tab], line[(tab + 1)..]));
        }

        return entries
            .GroupBy(e => char.ToLowerInvariant(e.Item1[0]))
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(e => e.Item1.Length).ToArray());
    }
}
