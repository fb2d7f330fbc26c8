using System.Text.RegularExpressions;

namespace ChiBo.Extract.Statistics;

/// <summary>
/// Recognises numbers that are identifiers, not measurements: document numbers ("Nghị quyết số 06",
/// "06-NQ/HU", "12/2023/NĐ-CP"), dates ("20/6/2024", "tháng 5/2024", "năm 2018"), ordinals ("lần thứ 2"),
/// terms ("khóa 12"), plenums ("Trung ương 4"), street and phone numbers, captions ("Ảnh 1") and view counters.
/// </summary>
internal static partial class NonStatisticRule
{
    public static bool IsIdentifier(string text, int start, int end, decimal? numerator, decimal? denominator)
    {
        var before = text.AsSpan(Math.Max(0, start - 40), start - Math.Max(0, start - 40));
        if (IdentifierLead().IsMatch(before))
        {
            return true;
        }

        var after = text.AsSpan(end, Math.Min(text.Length, end + 12) - end);
        if (CodeTail().IsMatch(after))
        {
            return true;
        }

        // "5/2024" is a month and year, "6/7" after "ngày" was caught above.
        return numerator is >= 1 and <= 12 && denominator is >= 1900 and <= 2100;
    }

    /// <summary>Words after which a number names something rather than measures it.</summary>
    [GeneratedRegex(
        @"(?:(?<!tổng\s)\bsố|\bthứ|\bkhó?a|\bkhoá|\bngày|\btháng|\bnăm|\bquý|\bđiều|\bkhoản|\bchương|\bmục|\bảnh|\bhình|\bxem:?|\bđọc:?|\bđiện thoại:?|\bđt:?|\bfax:?|\btrung ương|\bnghị quyết|\bchỉ thị|\bquy định|\bđề án|\bkết luận|\bhướng dẫn|\bquyết định(?:số)?|\bthông tri|\bkế hoạch|\bcông văn|\bthông báo|\bquy chế|\bchương trình|\bthông tư|\bnghị định|\bphòng|\bkhu|\bđường|\bquốc lộ|\btỉnh lộ|\bphường|\bấp|\btổ|\bđội|\bchi bộ|\bcụm|\bxóm|\blớp)\s*(?:số\s*)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IdentifierLead();

    /// <summary>A number glued to a code's letters: "06-NQ/HU", "05/CT-TW", "12/2023/NĐ-CP", "16:48".</summary>
    [GeneratedRegex(@"^(?:\s*[-/–]\s*\p{Lu}|/\d|:\d)", RegexOptions.CultureInvariant)]
    private static partial Regex CodeTail();
}
