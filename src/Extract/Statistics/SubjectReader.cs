using System.Text.RegularExpressions;

namespace ChiBo.Extract.Statistics;

/// <summary>
/// Finds the phrase saying what a figure measures, as written, within its clause (between commas, semicolons,
/// colons and brackets, and never across a neighbouring figure):
/// "85% đảng viên hoàn thành tốt nhiệm vụ trở lên" → the words after the percentage;
/// "tỷ lệ đảng viên tham gia sinh hoạt đạt trên 91%" → the words before it, less the verb and qualifier;
/// "hoàn thành xuất sắc nhiệm vụ 857/5.262 đảng viên" → the counted noun, then the rating before it.
/// Returns null when the clause says nothing beyond linking words ("chiếm tỷ lệ 16,28%"): the caller then takes
/// the subject of the figure the percentage belongs to.
/// </summary>
internal static partial class SubjectReader
{
    public static string? Read(string text, int leftLimit, int numberStart, int numberEnd, int rightLimit, bool percentage)
    {
        var clauseStart = numberStart;
        while (clauseStart > leftLimit && !IsClauseBreak(text[clauseStart - 1]))
        {
            clauseStart--;
        }

        var clauseEnd = numberEnd;
        while (clauseEnd < rightLimit && !IsClauseBreak(text[clauseEnd]))
        {
            clauseEnd++;
        }

        var before = Clean(text[clauseStart..numberStart], trimVerbs: true);
        var after = Clean(text[numberEnd..clauseEnd], trimVerbs: false);
        if (percentage)
        {
            after = after.TrimStart('%', ' ', '\u00a0');
            if (after.Length > 0 && !LeadingLink().IsMatch(after))
            {
                return after;
            }

            return before.Length > 0 ? before : null;
        }

        // A count's noun comes after it; a rating written before it ("hoàn thành tốt nhiệm vụ 4.051 đảng viên") belongs to it.
        if (after.Length == 0)
        {
            return before.Length > 0 ? before : null;
        }

        return RatingLead().IsMatch(before) && CountedNouns.Match(after, 0) is { } noun && noun.End >= after.Length
            ? after + " " + before
            : after;
    }

    internal static bool IsClauseBreak(char c) => c is ',' or ';' or ':' or '(' or ')' or '\n' or '"' or '“' or '”';

    private static string Clean(string phrase, bool trimVerbs)
    {
        phrase = phrase.Trim().TrimEnd('.', '!', '?', '…').Trim();
        phrase = LeadingFiller().Replace(phrase, "");
        phrase = TrailingLink().Replace(phrase, "");
        return trimVerbs ? TrailingVerb().Replace(phrase, "").Trim() : phrase.Trim();
    }

    [GeneratedRegex(@"^(?:(?:đã|có|với|và|còn|thì|trong đó|kết quả|đến nay|hiện nay|hiện)\s+)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingFiller();

    [GeneratedRegex(@"(?:\s+(?:và|với|tại|trong|của|gồm|cùng))+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingLink();

    [GeneratedRegex(@"(?:(?:^|\s+)(?:đạt|là|chiếm|có|được|đã|đều|trên|hơn|dưới|khoảng|gần|xấp xỉ|bình quân|trung bình|ít nhất|tối thiểu|vượt|tỷ lệ|mức|tới|đến|chưa|với|gồm|còn|tăng|giảm))+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingVerb();

    [GeneratedRegex(@"^(?:vượt|so với|trở lên|và|hoặc|trong khi|tăng|giảm)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingLink();

    [GeneratedRegex(@"^(?:không\s+)?(?:hoàn thành|xếp loại|được xếp loại|đạt|bị)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RatingLead();
}
