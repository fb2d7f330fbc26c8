using ChiBo.Ingest.Model;
using ChiBo.Ingest.Normalization;

namespace ChiBo.Ingest.Localities;

/// <summary>
/// Finds where an article is about: capitalised gazetteer names in the title and text, with the kind the press puts
/// before them ("huyện Yên Lạc", "Thị ủy Hồng Lĩnh", "thành phố Bến Tre") deciding between units of the same name.
/// The most specific unit mentioned most (title mentions weigh most) wins; provinces mentioned break ties between
/// same-named districts of different provinces.
/// </summary>
public sealed class LocalityDetector(Gazetteer gazetteer)
{
    private const int TitleWeight = 5;

    private static readonly (string Words, string Kind)[] KindCues =
    [
        ("huyện ủy", "huyện"), ("huyện", "huyện"), ("quận ủy", "quận"), ("quận", "quận"), ("thị ủy", "thị xã"), ("thị xã", "thị xã"),
        ("thành ủy", "thành phố"), ("thành phố", "thành phố"), ("tp.", "thành phố"), ("tp", "thành phố"), ("tỉnh ủy", "tỉnh"), ("tỉnh", "tỉnh"),
    ];

    public LocalityDetector()
        : this(Gazetteer.Default)
    {
    }

    public Locality? Detect(string? title, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scores = new Dictionary<AdministrativeUnit, int>();
        Score(title ?? string.Empty, TitleWeight, scores);
        Score(text, 1, scores);
        if (scores.Count == 0)
        {
            return null;
        }

        var provinceMentions = scores.Where(s => s.Key.IsProvince).ToDictionary(s => s.Key.Province, s => s.Value, StringComparer.Ordinal);
        var best = scores
            .OrderBy(s => s.Key.IsProvince ? 1 : 0)
            .ThenByDescending(s => s.Value)
            .ThenByDescending(s => provinceMentions.GetValueOrDefault(s.Key.Province))
            .First().Key;
        return new Locality(best.Name, best.Kind, best.Province);
    }

    private void Score(string text, int weight, Dictionary<AdministrativeUnit, int> scores)
    {
        var words = Words(text);
        for (var i = 0; i < words.Count; i++)
        {
            if (!char.IsUpper(words[i].Original[0]))
            {
                continue;
            }

            for (var length = Math.Min(gazetteer.LongestName, words.Count - i); length >= 1; length--)
            {
                var allCapitalised = true;
                for (var k = i; k < i + length && allCapitalised; k++)
                {
                    allCapitalised = char.IsUpper(words[k].Original[0]);
                }

                if (!allCapitalised)
                {
                    continue;
                }

                var candidates = gazetteer.Find(length == 1 ? words[i].Key : string.Join(' ', words.GetRange(i, length).Select(w => w.Key)));
                if (candidates.Count == 0)
                {
                    continue;
                }

                var cue = KindBefore(words, i);
                var matching = cue is null ? candidates : candidates.Where(c => c.Kind == cue || (cue == "thành phố" && c.IsProvince && c.Kind == "thành phố")).ToList();
                if (matching.Count == 0)
                {
                    matching = cue == "tỉnh" ? [.. candidates.Where(c => c.IsProvince)] : [.. candidates];
                }

                foreach (var unit in matching)
                {
                    scores[unit] = scores.GetValueOrDefault(unit) + weight + (cue is null ? 0 : 1);
                }

                i += length - 1;
                break;
            }
        }
    }

    private static string? KindBefore(List<(string Original, string Key)> words, int i)
    {
        foreach (var (cueWords, kind) in KindCues)
        {
            var parts = cueWords.Split(' ');
            if (i >= parts.Length && parts.Select((p, k) => words[i - parts.Length + k].Key == p).All(x => x))
            {
                return kind;
            }
        }

        return null;
    }

    private static List<(string Original, string Key)> Words(string text)
    {
        var words = new List<(string, string)>();
        foreach (var raw in text.Split([' ', '\n', '\r', '\t', ',', ';', ':', '(', ')', '"', '“', '”', '/', '!', '?'], StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.TrimEnd('.');
            if (word.Length == 0)
            {
                continue;
            }

            words.Add((word, VietnameseTextNormalizer.Normalize(word).ToLowerInvariant()));
        }

        return words;
    }
}
