using ChiBo.Extract.Model;

namespace ChiBo.Extract.Statistics;

/// <summary>
/// Reads how a figure is qualified from the words just before it in its clause ("đạt trên 91%", "hơn 88%",
/// "bình quân đạt 94,2%") and just after it ("90% trở lên"): "trên 91%" is not 91%.
/// </summary>
public static class QualifierDetector
{
    private static readonly (string Cue, string Qualifier)[] Adjacent =
    [
        ("chưa đến", StatisticQualifier.Under), ("chưa tới", StatisticQualifier.Under), ("dưới", StatisticQualifier.Under),
        ("ít nhất", StatisticQualifier.AtLeast), ("tối thiểu", StatisticQualifier.AtLeast),
        ("xấp xỉ", StatisticQualifier.Approx), ("khoảng", StatisticQualifier.Approx), ("gần", StatisticQualifier.Approx), ("ước", StatisticQualifier.Approx),
        ("trên", StatisticQualifier.Over), ("hơn", StatisticQualifier.Over), ("vượt", StatisticQualifier.Over),
    ];

    private static readonly string[] AverageCues = ["bình quân", "trung bình"];

    /// <param name="before">The clause's text before the figure.</param>
    /// <param name="after">The clause's text after the figure.</param>
    public static string Detect(string before, string after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var lowerBefore = before.TrimEnd().ToLowerInvariant();
        var lowerAfter = after.TrimStart().ToLowerInvariant();
        if (lowerAfter.StartsWith("trở lên", StringComparison.Ordinal))
        {
            return StatisticQualifier.AtLeast;
        }

        // The cue must touch the figure, allowing "đạt"/"có"/"là" between: "đạt trên 91%", "có trên 90%".
        var near = StripTrailing(lowerBefore, ["đạt", "có", "là", "được", "chiếm"]);
        foreach (var (cue, qualifier) in Adjacent)
        {
            if (EndsWithWord(near, cue) || EndsWithWord(lowerBefore, cue))
            {
                return qualifier;
            }
        }

        var window = LastWords(lowerBefore, 5);
        return AverageCues.Any(c => window.Contains(c, StringComparison.Ordinal)) ? StatisticQualifier.Average : StatisticQualifier.Exact;
    }

    private static string StripTrailing(string text, string[] words)
    {
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var word in words)
            {
                if (EndsWithWord(text, word))
                {
                    text = text[..^word.Length].TrimEnd();
                    changed = true;
                }
            }
        }

        return text;
    }

    private static bool EndsWithWord(string text, string word) =>
        text.EndsWith(word, StringComparison.Ordinal) && (text.Length == word.Length || !char.IsLetter(text[^(word.Length + 1)]));

    private static string LastWords(string text, int count)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Skip(Math.Max(0, words.Length - count)));
    }
}
