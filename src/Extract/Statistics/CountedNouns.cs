using System.Reflection;
using ChiBo.Ingest.Normalization;

namespace ChiBo.Extract.Statistics;

/// <summary>The nouns that make a bare number a statistic ("153 đảng viên"), from counted-nouns.tsv; longest match wins.</summary>
public sealed class CountedNouns
{
    private static readonly Lazy<CountedNouns> Shared = new(Load);
    private readonly List<(string[] Words, string Unit)> _nouns;

    private CountedNouns(List<(string[] Words, string Unit)> nouns) => _nouns = nouns;

    public static CountedNouns Default => Shared.Value;

    /// <summary>
    /// Matches a counted noun at the start of <paramref name="words"/> (normalised, lower-case words following the
    /// number); returns the unit and how many words it took.
    /// </summary>
    public bool TryMatch(IReadOnlyList<string> words, out string unit, out int wordCount)
    {
        ArgumentNullException.ThrowIfNull(words);
        foreach (var (nounWords, nounUnit) in _nouns)
        {
            if (nounWords.Length <= words.Count && nounWords.Select((w, i) => w == words[i]).All(x => x))
            {
                unit = nounUnit;
                wordCount = nounWords.Length;
                return true;
            }
        }

        unit = string.Empty;
        wordCount = 0;
        return false;
    }

    public static string Key(string word) => VietnameseTextNormalizer.Normalize(word).ToLowerInvariant().Trim(',', '.', ';', ':', '(', ')');

    private static CountedNouns Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ChiBo.Extract.Statistics.counted-nouns.tsv")
            ?? throw new InvalidOperationException("counted-nouns.tsv is not embedded.");
        using var reader = new StreamReader(stream);
        var nouns = new List<(string[], string)>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var columns = line.Split('\t');
            var words = columns[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Key).ToArray();
            nouns.Add((words, columns.Length > 1 ? columns[1] : columns[0]));
        }

        nouns.Sort((a, b) => b.Item1.Length.CompareTo(a.Item1.Length));
        return new CountedNouns(nouns);
    }
}
