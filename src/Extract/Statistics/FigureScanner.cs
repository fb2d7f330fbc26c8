using System.Text.RegularExpressions;

namespace ChiBo.Extract.Statistics;

/// <summary>
/// Finds the numbers of a text that are figures: percentages ("91%", "94,2 %", "chín mươi phần trăm"), fractions
/// ("11/56", "857/5.262 đảng viên") and counts followed by a counted noun ("29.255 kỳ sinh hoạt", "hai mươi tư
/// đảng viên"). Numbers of an invalid shape (phone numbers) and identifiers are dropped here.
/// </summary>
internal static partial class FigureScanner
{
    public static List<Figure> Scan(string text)
    {
        var figures = new List<Figure>();
        var spelledSpans = new List<(int Start, int End)>();
        foreach (Match m in SpelledNumber.Phrase().Matches(text))
        {
            var phrase = m.Value.TrimEnd();
            if (IsAmbiguousWord(phrase) || !SpelledNumber.TryParse(phrase, out var value))
            {
                continue;
            }

            var end = m.Index + phrase.Length;
            spelledSpans.Add((m.Index, end));
            if (Classify(text, m.Index, end, phrase, value, null, null) is { } figure)
            {
                figures.Add(figure);
            }
        }

        foreach (Match m in Number().Matches(text))
        {
            if (spelledSpans.Exists(s => m.Index < s.End && s.Start < m.Index + m.Length))
            {
                continue;
            }

            var number = m.Groups["num"];
            if (!VietnameseNumber.TryParse(number.ValueSpan, out var value))
            {
                continue;
            }

            var den = m.Groups["den"];
            decimal? denominator = null;
            if (den.Success)
            {
                if (!VietnameseNumber.TryParse(den.ValueSpan, out var d) || d == 0)
                {
                    continue;
                }

                denominator = d;
            }

            var numberEnd = den.Success ? den.Index + den.Length : number.Index + number.Length;
            if (NonStatisticRule.IsIdentifier(text, m.Index, numberEnd, den.Success ? value : null, denominator))
            {
                continue;
            }

            if (Classify(text, m.Index, numberEnd, number.Value, value, den.Success ? value : null, denominator) is { } figure)
            {
                figures.Add(figure);
            }
        }

        figures.AddRange(Ranges(text));

        // "chín mươi phần trăm": "trăm" alone would read as a second figure inside the first; "85% - 90%" is one
        // range, not 85% and 90%: at the same start the longer figure wins.
        figures.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        figures.RemoveAll(Overlapped(figures));
        return figures;
    }

    private static Predicate<Figure> Overlapped(List<Figure> sorted)
    {
        var covered = new HashSet<Figure>(ReferenceEqualityComparer.Instance);
        var end = -1;
        foreach (var figure in sorted)
        {
            if (figure.Start < end)
            {
                covered.Add(figure);
                continue;
            }

            end = figure.End;
        }

        return covered.Contains;
    }

    private static Figure? Classify(string text, int start, int numberEnd, string written, decimal value, decimal? numerator, decimal? denominator)
    {
        var tail = Percent().Match(text, numberEnd);
        if (tail.Success && numerator is null)
        {
            var end = tail.Index + tail.Length;
            return new Figure(start, end, numberEnd, end, written, value, StatisticKind.Percentage, "%");
        }

        var noun = CountedNouns.Match(text, numberEnd);
        if (numerator is not null)
        {
            return new Figure(start, numberEnd, numberEnd, noun?.End ?? numberEnd, written, value, StatisticKind.Fraction, noun?.Unit ?? "", numerator, denominator);
        }

        return noun is { } counted
            ? new Figure(start, numberEnd, numberEnd, counted.End, written, value, StatisticKind.Count, counted.Unit)
            : null;
    }

    /// <summary>
    /// "từ 85 đến 90%", "85-90%", "85% – 90%", "từ 3 đến 5 buổi sinh hoạt chuyên đề": one figure from the lower
    /// bound to the unit, its <see cref="Figure.Value"/> the lower bound and <see cref="Figure.Upper"/> the upper.
    /// Bounds out of order, year spans ("2015 - 2020") and ranges with no unit after them are not ranges.
    /// </summary>
    private static IEnumerable<Figure> Ranges(string text)
    {
        foreach (Match m in Range().Matches(text))
        {
            var lo = m.Groups["lo"];
            var hi = m.Groups["hi"];
            if (!VietnameseNumber.TryParse(lo.ValueSpan, out var low) || !VietnameseNumber.TryParse(hi.ValueSpan, out var high) || low >= high)
            {
                continue;
            }

            var numberEnd = hi.Index + hi.Length;
            if (NonStatisticRule.IsIdentifier(text, lo.Index, numberEnd, null, null) || (IsYear(low) && IsYear(high)))
            {
                continue;
            }

            var tail = Percent().Match(text, numberEnd);
            if (tail.Success)
            {
                var end = tail.Index + tail.Length;
                yield return new Figure(lo.Index, end, numberEnd, end, lo.Value, low, StatisticKind.Percentage, "%", Upper: high);
            }
            else if (!m.Groups["lopct"].Success && CountedNouns.Match(text, numberEnd) is { } noun)
            {
                yield return new Figure(lo.Index, numberEnd, numberEnd, noun.End, lo.Value, low, StatisticKind.Count, noun.Unit, Upper: high);
            }
        }
    }

    private static bool IsYear(decimal value) => value is >= 1900 and <= 2100 && decimal.IsInteger(value);

    /// <summary>
    /// "năm" (five, or year), "một" (one, or a), "tư" (four, or private) and "không" (zero, or not: "không quy định",
    /// "không báo cáo") alone are too often not numbers.
    /// </summary>
    private static bool IsAmbiguousWord(string phrase) =>
        phrase.Equals("năm", StringComparison.OrdinalIgnoreCase)
        || phrase.Equals("không", StringComparison.OrdinalIgnoreCase)
        || phrase.Equals("một", StringComparison.OrdinalIgnoreCase)
        || phrase.Equals("tư", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A maximal run of digits with inner dots and commas, optionally "/denominator"; never glued to letters
    /// ("7A") other than a unit of area or length ("6,8ha", "1.700m2"), to a time ("16:48"), or continued by a further
    /// "/" (dates, "12/2023/NĐ-CP").
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}\p{M}\d.,/:\-–])(?<num>\d+(?:[.,]\d+)*)(?:\s?/\s?(?<den>\d+(?:[.,]\d+)*))?(?!(?!(?:ha|km2|km²|km|m2|m²|m)(?![\p{L}\p{M}\d]))[\p{L}\p{M}\d/:]|[.,]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    [GeneratedRegex(
        @"(?<![\p{L}\p{M}\d.,/:\-–])(?<lo>\d+(?:[.,]\d+)*)\s?(?<lopct>%|phần\s+trăm\b)?(?:\s*[-–—]\s*|\s+(?:đến|tới)\s+)(?<hi>\d+(?:[.,]\d+)*)(?![\p{L}\p{M}\d/:]|[.,]\d)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Range();

    [GeneratedRegex(@"\G\s?(?:%|phần\s+trăm\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Percent();
}
