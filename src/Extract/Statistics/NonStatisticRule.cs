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

        var after = text.AsSpan(end, Math.Min(text.Length, end + 16) - end);
        if (CodeTail().IsMatch(after) || CharacterCounter().IsMatch(after))
        {
            return true;
        }

        // "Chiều 10/7", "trước 30/6", "hôm qua (9/2)": a day and month ("ngày 6/7" was caught above).
        if (numerator is >= 1 and <= 31 && denominator is >= 1 and <= 12 && DateLead().IsMatch(before))
        {
            return true;
        }

        // "nhiệm kỳ 2010 - 2015 đồng chí …", "Điều lệ Đảng 2011 quy định …": a year, not 2015 comrades or 2011 rules.
        if (numerator is null && end - start == 4 && (YearSpanLead().IsMatch(before) || DocumentVerbTail().IsMatch(after))
            && int.TryParse(text.AsSpan(start, 4), out var year) && year is >= 1900 and <= 2100)
        {
            return true;
        }

        // "5/2024" is a month and year.
        return numerator is >= 1 and <= 12 && denominator is >= 1900 and <= 2100;
    }

    /// <summary>Words after which a number names something rather than measures it.</summary>
    [GeneratedRegex(
        @"(?:(?<!tổng\s)\bsố|\bthứ|\bkhó?a|\bkhoá|\bngày|\btháng|\bnăm|\bquý|\bđiều|\bkhoản|\bchương|\bmục|\bảnh|\bhình|\bxem:?|\bđọc:?|\bđiện thoại:?|\bđt:?|\bfax:?|\btrung ương|\bnghị quyết|\bchỉ thị|\bquy định|\bđề án|\bkết luận|\bhướng dẫn|\bquyết định(?:số)?|\bthông tri|\bkế hoạch|\bcông văn|\bthông báo|\bquy chế|\bchương trình|\bthông tư|\bnghị định|\bphòng|\bkhu|\bđường|\bquốc lộ|\btỉnh lộ|\bphường|\bấp|\btổ|\bđội|\bchi bộ|\bcụm|\bxóm|\blớp|\bđợt|\bphụ lục|\bmẫu|\btuần|\bbài|\bxếp(?:\s+hạng)?|\bhạng|\bngụ(?:\s+tại)?|\bnhà số)\s*(?:số\s*)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IdentifierLead();

    /// <summary>"Sáng 12/6", "chiều 10/7", "đêm 10/2", "trước 30/6", "lễ 30/4", "sáng nay (7/7)".</summary>
    [GeneratedRegex(@"(?:\b(?:sáng|chiều|tối|trưa|đêm|hôm|nay|qua|trước|sau|vào|lễ|mùng|mồng|đến|tới|từ)\s*\(?|\()\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateLead();

    /// <summary>"… 2011 quy định …": a year before the verb that a law or charter of that year governs with.</summary>
    [GeneratedRegex(@"^\s*(?:quy định|hướng dẫn|báo cáo)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DocumentVerbTail();

    /// <summary>"2010 - 2015", "2015–2020": a year and a dash just before.</summary>
    [GeneratedRegex(@"\b(?:19|20)\d\d\s*[-–]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex YearSpanLead();

    /// <summary>A comment box's counter: "0 / 500 ký tự".</summary>
    [GeneratedRegex(@"^\s*ký tự", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CharacterCounter();

    /// <summary>A number glued to a code's letters: "06-NQ/HU", "05/CT-TW", "12/2023/NĐ-CP", "16:48".</summary>
    [GeneratedRegex(@"^(?:\s*[-/–]\s*\p{Lu}|/\d|:\d)", RegexOptions.CultureInvariant)]
    private static partial Regex CodeTail();
}
