using System.Text.RegularExpressions;

namespace ChiBo.Extract.Statistics;

/// <summary>
/// Tells a change ("tăng 5% so với năm trước", "giảm 12 đảng viên") from a level ("đạt 85%"). "giảm từ 175 thôn
/// xuống còn 146 thôn" names two levels, so "từ" and "còn" do not make a change.
/// </summary>
internal static partial class ChangeReader
{
    public const string Increase = "increase";
    public const string Decrease = "decrease";

    public static string? Read(string text, int clauseStart, int figureStart, int figureEnd)
    {
        var before = text.AsSpan(clauseStart, figureStart - clauseStart);
        foreach (var m in ChangeLead().EnumerateMatches(before))
        {
            return char.ToLowerInvariant(before[m.Index]) == 't' ? Increase : Decrease;
        }

        var after = text.AsSpan(figureEnd, Math.Min(text.Length, figureEnd + 20) - figureEnd);
        return ComparedTail().IsMatch(after) && IncreaseWord().IsMatch(before) ? Increase
            : ComparedTail().IsMatch(after) && DecreaseWord().IsMatch(before) ? Decrease
            : null;
    }

    [GeneratedRegex(@"\b(?:tăng|giảm)(?:\s+(?:thêm|được|lên|xuống|hơn|gần|khoảng|trên|dưới|ít nhất|xấp xỉ|bình quân|trung bình))*\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChangeLead();

    [GeneratedRegex(@"^\s*(?:so với|so cùng kỳ)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ComparedTail();

    [GeneratedRegex(@"\btăng\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IncreaseWord();

    [GeneratedRegex(@"\bgiảm\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DecreaseWord();
}
