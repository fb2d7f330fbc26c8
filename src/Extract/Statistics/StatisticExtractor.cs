using System.Globalization;
using System.Text.RegularExpressions;
using ChiBo.Extract.Model;
using ChiBo.Extract.Text;

namespace ChiBo.Extract.Statistics;

/// <summary>
/// Finds every figure in an article's main text (statistics.md §1): percentages, fractions with their counted noun,
/// and counts of a counted noun; with value, qualifier, subject, metric, period, locality and sentence. Phone
/// numbers, dates, document numbers and bare numbers without a counted noun are not statistics. A figure repeated in
/// a verbatim repeated sentence is one record.
/// </summary>
public sealed partial class StatisticExtractor(KeywordMetricClassifier metrics, CountedNouns nouns)
{
    public StatisticExtractor()
        : this(new KeywordMetricClassifier(), CountedNouns.Default)
    {
    }

    public IReadOnlyList<Statistic> Extract(string text, ArticleContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        var figures = FindFigures(text);
        var percentages = figures.Where(f => f.Kind == "percentage").ToList();
        var seenSentences = new Dictionary<string, int>(StringComparer.Ordinal);
        var results = new List<Statistic>();
        foreach (var figure in figures)
        {
            var (sentenceStart, sentenceEnd) = SentenceSplitter.SentenceAt(text, figure.Start);
            var sentence = text[sentenceStart..sentenceEnd];

            // A verbatim repeated sentence (a paragraph printed twice) yields its figures once.
            var key = sentence.TrimEnd('.', '!', '?', ';', ' ');
            if (seenSentences.TryGetValue(key, out var firstStart) && firstStart != sentenceStart)
            {
                continue;
            }

            seenSentences[key] = sentenceStart;
            var (clauseStart, clauseEnd) = SentenceSplitter.ClauseAt(text, figure.Start);
            var segmentStart = Math.Max(clauseStart, percentages.Where(p => p.End <= figure.Start).Select(p => p.End).DefaultIfEmpty(clauseStart).Max());
            var segmentEnd = Math.Min(clauseEnd, percentages.Where(p => p.Start >= figure.End).Select(p => p.Start).DefaultIfEmpty(clauseEnd).Min());
            var before = text[segmentStart..figure.Start];
            var after = text[figure.End..Math.Max(figure.End, segmentEnd)];
            var qualifier = QualifierDetector.Detect(before, after);
            var (numerator, denominator) = figure.Kind == "percentage" ? FractionBehind(figure, figures, clauseStart, sentenceStart) : (figure.Numerator, figure.Denominator);
            var clause = text[segmentStart..Math.Max(segmentEnd, figure.End)];
            var (metric, confidence) = metrics.Classify(figure.Kind, figure.Unit, clause, sentence);
            results.Add(new Statistic
            {
                Text = text[figure.Start..figure.End],
                Start = figure.Start,
                End = figure.End,
                Value = figure.Value,
                Kind = figure.Kind,
                Unit = figure.Unit,
                Qualifier = qualifier,
                Numerator = numerator,
                Denominator = denominator,
                Subject = Subject(before, after, figure),
                Metric = metric,
                Confidence = confidence,
                Period = PeriodOf(sentence, context),
                Locality = context.Locality?.Display,
                Sentence = sentence,
                Consistency = figure.Kind == "percentage" && numerator is { } n && denominator is { } d && d != 0
                    ? CheckConsistency(figure.Value, n, d, DecimalsOf(text[figure.Start..figure.End]))
                    : null,
            });
        }

        return results;
    }

    /// <summary>"consistent" when the printed percentage is n/d rounded or truncated to its decimals.</summary>
    public static string CheckConsistency(decimal printed, decimal numerator, decimal denominator, int decimals)
    {
        var exact = numerator / denominator * 100m;
        var unit = (decimal)Math.Pow(10, -decimals);
        var rounded = Math.Abs(exact - printed) <= unit / 2;
        var truncated = exact - printed >= 0 && exact - printed < unit;
        return rounded || truncated ? "consistent" : "inconsistent";
    }

    private List<Figure> FindFigures(string text)
    {
        var figures = new List<Figure>();
        foreach (Match m in Percentage().Matches(text))
        {
            if (IsPartOfLongerNumber(text, m.Index, m.Groups["num"].Length) || !VietnameseNumber.TryParse(m.Groups["num"].Value, out var value) || value > 1000)
            {
                continue;
            }

            figures.Add(new Figure(m.Index, m.Index + m.Length, value, "percentage", "%", null, null));
        }

        foreach (Match m in Fraction().Matches(text))
        {
            if (Overlaps(figures, m.Index, m.Index + m.Length) || IsPartOfLongerNumber(text, m.Index, m.Length) ||
                !VietnameseNumber.TryParse(m.Groups["a"].Value, out var a) || !VietnameseNumber.TryParse(m.Groups["b"].Value, out var b) || b == 0 || a > b)
            {
                continue;
            }

            if (TryCountedNoun(text, m.Index + m.Length, out var unit, out var nounEnd))
            {
                figures.Add(new Figure(m.Index, nounEnd, Math.Round(a / b, 6), "fraction", unit, a, b));
            }
        }

        foreach (Match m in Number().Matches(text))
        {
            if (Overlaps(figures, m.Index, m.Index + m.Length) || IsPartOfLongerNumber(text, m.Index, m.Length) ||
                (m.Index > 0 && text[m.Index - 1] is '/' or '-' or '.' or ',') || PrecededByDateOrNumberWord(text, m.Index) ||
                !VietnameseNumber.TryParse(m.Value, out var value))
            {
                continue;
            }

            if (TryCountedNoun(text, m.Index + m.Length, out var unit, out var nounEnd))
            {
                figures.Add(new Figure(m.Index, nounEnd, value, "count", unit, null, null));
            }
        }

        figures.Sort((x, y) => x.Start.CompareTo(y.Start));
        return figures;
    }

    private bool TryCountedNoun(string text, int afterNumber, out string unit, out int end)
    {
        unit = string.Empty;
        end = afterNumber;
        var i = afterNumber;
        if (i >= text.Length || text[i] != ' ')
        {
            return false;
        }

        var words = new List<(string Key, int End)>();
        while (words.Count < 5 && i < text.Length && text[i] == ' ')
        {
            var start = i + 1;
            var stop = start;
            while (stop < text.Length && (char.IsLetter(text[stop]) || char.GetUnicodeCategory(text[stop]) == UnicodeCategory.NonSpacingMark))
            {
                stop++;
            }

            if (stop == start)
            {
                break;
            }

            words.Add((CountedNouns.Key(text[start..stop]), stop));
            if (stop < text.Length && text[stop] == ',' && stop + 1 < text.Length && text[stop + 1] == ' ')
            {
                // "chi, đảng bộ": a comma inside a noun list
                words[^1] = (words[^1].Key + ",", stop);
                i = stop + 1;
                continue;
            }

            i = stop;
        }

        var keys = words.Select(w => w.Key.TrimEnd(',')).ToList();
        if (!nouns.TryMatch(keys, out unit, out var count))
        {
            // noun lists written with a comma ("chi, đảng bộ") are matched with it
            var withCommas = words.Select(w => w.Key).ToList();
            if (!nouns.TryMatch(string.Join(' ', withCommas).Replace(",", ", ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(CountedNouns.Key).ToList(), out unit, out count))
            {
                return false;
            }
        }

        end = words[Math.Min(count, words.Count) - 1].End;
        return true;
    }

    private static (decimal? Numerator, decimal? Denominator) FractionBehind(Figure percentage, List<Figure> figures, int clauseStart, int sentenceStart)
    {
        // "857/5.262 đảng viên, chiếm tỷ lệ 16,28%": the fraction or count just before, in the same clause.
        var behind = figures.LastOrDefault(f => f.End <= percentage.Start && f.Start >= clauseStart && f.Kind != "percentage");
        if (behind is null)
        {
            return (null, null);
        }

        if (behind.Kind == "fraction")
        {
            return (behind.Numerator, behind.Denominator);
        }

        // "45 đơn vị …, chiếm tỷ lệ 80,35%" after "11/56 đơn vị": the same whole, named earlier in the sentence.
        var whole = figures.LastOrDefault(f => f.Kind == "fraction" && f.Unit == behind.Unit && f.End <= behind.Start && f.Start >= sentenceStart);
        return (behind.Value, whole?.Denominator);
    }

    private static string? Subject(string before, string after, Figure figure)
    {
        var lowerBefore = before.ToLowerInvariant();
        var tyLe = lowerBefore.LastIndexOf("tỷ lệ ", StringComparison.Ordinal);
        if (tyLe < 0)
        {
            tyLe = lowerBefore.LastIndexOf("tỉ lệ ", StringComparison.Ordinal);
        }

        if (tyLe >= 0 && figure.Kind == "percentage" && !lowerBefore[tyLe..].StartsWith("tỷ lệ " + "%", StringComparison.Ordinal))
        {
            var phrase = before[(tyLe + 6)..].Trim();
            phrase = TrimTrailingWords(phrase, ["đạt", "là", "trên", "hơn", "dưới", "khoảng", "gần", "bình quân", "trung bình", "chiếm", "có"]);
            if (phrase.Length > 0)
            {
                return phrase;
            }
        }

        var following = FirstWords(after.TrimStart(' ', ','), 10);
        if (figure.Kind == "percentage" && following.Length > 0 && !following.StartsWith("tỷ lệ", StringComparison.OrdinalIgnoreCase))
        {
            return following;
        }

        var lead = TrimTrailingWords(LastWords(before, 8).Trim(' ', ','), ["chiếm tỷ lệ", "chiếm", "đạt", "có"]);
        return lead.Length > 0 ? lead : null;
    }

    private static string TrimTrailingWords(string phrase, string[] words)
    {
        var changed = true;
        while (changed)
        {
            changed = false;
            phrase = phrase.TrimEnd(' ', ',');
            foreach (var w in words)
            {
                if (phrase.EndsWith(" " + w, StringComparison.OrdinalIgnoreCase) || string.Equals(phrase, w, StringComparison.OrdinalIgnoreCase))
                {
                    phrase = phrase[..^w.Length].TrimEnd();
                    changed = true;
                }
            }
        }

        return phrase;
    }

    private static string FirstWords(string text, int count)
    {
        var stop = text.IndexOfAny([',', ';', '.', '(', ')', '\n']);
        var clause = stop >= 0 ? text[..stop] : text;
        return string.Join(' ', clause.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(count));
    }

    private static string LastWords(string text, int count)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Skip(Math.Max(0, words.Length - count)));
    }

    private static string? PeriodOf(string sentence, ArticleContext context)
    {
        var range = YearRange().Match(sentence);
        if (range.Success)
        {
            return range.Groups["a"].Value + "–" + range.Groups["b"].Value;
        }

        var relative = YearsPast().Match(sentence);
        if (relative.Success && context.Published is { } published)
        {
            var years = int.Parse(relative.Groups["n"].Value, CultureInfo.InvariantCulture);
            var end = published.Date.Year;
            return (end - years).ToString(CultureInfo.InvariantCulture) + "–" + end.ToString(CultureInfo.InvariantCulture);
        }

        var year = SingleYear().Match(sentence);
        return year.Success ? year.Groups["y"].Value : null;
    }

    private static int DecimalsOf(string written)
    {
        var comma = written.IndexOf(',', StringComparison.Ordinal);
        if (comma < 0)
        {
            return 0;
        }

        var digits = 0;
        for (var i = comma + 1; i < written.Length && char.IsDigit(written[i]); i++)
        {
            digits++;
        }

        return digits;
    }

    private static bool Overlaps(List<Figure> figures, int start, int end) => figures.Any(f => start < f.End && f.Start < end);

    /// <summary>Phone and fax numbers ("02753.827.114"), dates ("20/6/2024") and codes are longer digit runs.</summary>
    private static bool IsPartOfLongerNumber(string text, int start, int length)
    {
        var end = start + length;
        if (start > 0 && (char.IsDigit(text[start - 1]) || (text[start - 1] is '.' or '/' && start > 1 && char.IsDigit(text[start - 2]))))
        {
            return true;
        }

        if (end < text.Length && (char.IsDigit(text[end]) || (text[end] is '/' or '.' && end + 1 < text.Length && char.IsDigit(text[end + 1]))))
        {
            return true;
        }

        // "06-NQ/HU", "144-QĐ": a document number.
        return end + 1 < text.Length && text[end] is '-' or '–' && char.IsLetter(text[end + 1]);
    }

    private static bool PrecededByDateOrNumberWord(string text, int start)
    {
        var window = text[Math.Max(0, start - 8)..start].ToLowerInvariant();
        return window.EndsWith("ngày ", StringComparison.Ordinal) || window.EndsWith("tháng ", StringComparison.Ordinal) ||
               window.EndsWith("năm ", StringComparison.Ordinal) || window.EndsWith("số ", StringComparison.Ordinal) ||
               window.EndsWith("thứ ", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"(?<num>\d{1,3}(?:\.\d{3})*(?:,\d+)?|\d+(?:[.,]\d+)?)\s?%", RegexOptions.CultureInvariant)]
    private static partial Regex Percentage();

    [GeneratedRegex(@"(?<a>\d{1,3}(?:\.\d{3})+|\d+)\s?/\s?(?<b>\d{1,3}(?:\.\d{3})+|\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex Fraction();

    [GeneratedRegex(@"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?", RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    [GeneratedRegex(@"(?<a>(?:19|20)\d{2})\s?[-–]\s?(?<b>(?:19|20)\d{2})", RegexOptions.CultureInvariant)]
    private static partial Regex YearRange();

    [GeneratedRegex(@"(?<n>\d{1,2}) năm (?:qua|vừa qua)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex YearsPast();

    [GeneratedRegex(@"năm (?<y>(?:19|20)\d{2})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SingleYear();

    private sealed record Figure(int Start, int End, decimal Value, string Kind, string? Unit, decimal? Numerator, decimal? Denominator);
}
