using System.Globalization;
using System.Text.RegularExpressions;
using ChiBo.Ingest.Model;

namespace ChiBo.Extract.Statistics;

/// <summary>
/// Works out what time a figure covers (statistics.md §1): a year ("Cuối năm 2018" → "2018"), a range
/// ("nhiệm kỳ 2015 - 2020" → "2015–2020"), or a span relative to the publication date ("10 năm qua" →
/// "2009–2019" when published in 2019). A bare "nhiệm kỳ" takes the term last named earlier in the article.
/// Looks in the figure's sentence first, then back through earlier sentences of its paragraph.
/// </summary>
internal static partial class PeriodResolver
{
    public static string? Resolve(string text, IReadOnlyList<TextSegment> sentences, int sentenceIndex, int figureStart, PublishedDate? published)
    {
        var sentence = sentences[sentenceIndex];
        if (Best(text, sentence.Start, sentence.End, figureStart, published) is { } own)
        {
            return own;
        }

        for (var i = sentenceIndex - 1; i >= 0 && sentences[i].Paragraph == sentence.Paragraph; i--)
        {
            if (Best(text, sentences[i].Start, sentences[i].End, sentences[i].End, published) is { } earlier)
            {
                return earlier;
            }
        }

        return null;
    }

    private static string? Best(string text, int start, int end, int figureStart, PublishedDate? published)
    {
        string? before = null;
        string? after = null;
        foreach (Match m in Mention().Matches(text[start..end]))
        {
            var period = Read(text, start + m.Index, m, published);
            if (period is null)
            {
                continue;
            }

            if (start + m.Index < figureStart)
            {
                before = period;
            }
            else
            {
                after ??= period;
            }
        }

        return before ?? after;
    }

    private static string? Read(string text, int at, Match m, PublishedDate? published)
    {
        if (m.Groups["from"].Success)
        {
            return m.Groups["from"].Value + "–" + m.Groups["to"].Value;
        }

        if (m.Groups["year"].Success)
        {
            return m.Groups["year"].Value;
        }

        if (published is not { } date)
        {
            return null;
        }

        var year = date.Date.Year;
        if (m.Groups["span"].Success)
        {
            var span = SpelledNumber.TryParse(m.Groups["span"].Value, out var n) ? (int)n
                : int.Parse(m.Groups["span"].Value, CultureInfo.InvariantCulture);
            return (year - span).ToString(CultureInfo.InvariantCulture) + "–" + year.ToString(CultureInfo.InvariantCulture);
        }

        if (m.Groups["this"].Success)
        {
            return year.ToString(CultureInfo.InvariantCulture);
        }

        if (m.Groups["last"].Success)
        {
            return (year - 1).ToString(CultureInfo.InvariantCulture);
        }

        // A bare "nhiệm kỳ": the term most recently named before it.
        var earlier = Term().Matches(text[..at]);
        return earlier.Count == 0 ? null : earlier[^1].Groups["from"].Value + "–" + earlier[^1].Groups["to"].Value;
    }

    [GeneratedRegex(
        @"(?<from>(?:19|20)\d{2})\s*[-–—]\s*(?<to>(?:19|20)\d{2})\b"
        + @"|\b(?:năm|tháng\s+\d{1,2}\s*/)\s*(?<year>(?:19|20)\d{2})\b"
        + @"|\b(?<span>\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười(?:\s+lăm)?|hai mươi)\s+năm\s+(?:qua|gần đây|trở lại đây|vừa qua)\b"
        + @"|\bnăm\s+(?:nay|này)\b(?<this>)"
        + @"|\bnăm\s+(?:ngoái|trước)\b(?<last>)"
        + @"|\bnhiệm kỳ\b(?!\s*(?:19|20)\d{2})(?<term>)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Mention();

    [GeneratedRegex(@"nhiệm kỳ\s*(?<from>(?:19|20)\d{2})\s*[-–—]\s*(?<to>(?:19|20)\d{2})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Term();
}
