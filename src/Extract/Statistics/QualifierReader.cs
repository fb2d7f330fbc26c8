using System.Text.RegularExpressions;
using ChiBo.Extract.Model;

namespace ChiBo.Extract.Statistics;

/// <summary>
/// Reads how a figure is qualified from the words around it (statistics.md §1): a word right before the number
/// ("trên 91%", "gần 100%", "hàng nghìn", "ít nhất 3 buổi"), "trở lên" or "trở xuống" right after it ("90% trở lên"; not when it ends a
/// rating such as "hoàn thành tốt nhiệm vụ trở lên"), and "bình quân"/"trung bình" earlier in the clause.
/// </summary>
internal static partial class QualifierReader
{
    /// <param name="text">The article text.</param>
    /// <param name="clauseStart">Where the words that can qualify this figure begin: the sentence start or the previous figure's end.</param>
    /// <param name="figureStart">The first digit of the figure.</param>
    /// <param name="figureEnd">The end of the figure with its unit ("%" or the counted noun).</param>
    public static string Read(string text, int clauseStart, int figureStart, int figureEnd)
    {
        var before = text.AsSpan(clauseStart, figureStart - clauseStart);
        var after = text.AsSpan(figureEnd, Math.Min(text.Length, figureEnd + 24) - figureEnd);
        if (ImmediateOver().IsMatch(before))
        {
            return ApproximateTail().IsMatch(after) ? StatisticQualifier.Approx : StatisticQualifier.Over;
        }

        if (ImmediateUnder().IsMatch(before) || UnderTail().IsMatch(after))
        {
            return StatisticQualifier.Under;
        }

        if (ImmediateApprox().IsMatch(before))
        {
            return StatisticQualifier.Approx;
        }

        if (ImmediateAtLeast().IsMatch(before) || AtLeastTail().IsMatch(after))
        {
            return StatisticQualifier.AtLeast;
        }

        return AverageLead().IsMatch(before) ? StatisticQualifier.Average : StatisticQualifier.Exact;
    }

    [GeneratedRegex(@"(?:\btrên|\bhơn|\bvượt(?:\s+mức)?|\bcao hơn|\bngoài)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ImmediateOver();

    [GeneratedRegex(@"(?:\bdưới|\bchưa\s+(?:đến|tới|đầy|tới)|\bkhông\s+(?:đến|tới|quá)|\bthấp hơn|\bít hơn)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ImmediateUnder();

    [GeneratedRegex(@"(?:\bkhoảng|\bgần|\bxấp xỉ|\bước(?:\s+(?:tính|khoảng|đạt))?|\bchừng|\bsấp xỉ|\bhàng|\bcả|\bmấy|\bvài)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ImmediateApprox();

    [GeneratedRegex(@"(?:\bít nhất|\btối thiểu|\bkhông (?:dưới|ít hơn))\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ImmediateAtLeast();

    /// <summary>"trở lên" bounds the number only when nothing but spaces separates them.</summary>
    /// <summary>"20 - 30 lao động trở xuống": a cap.</summary>
    [GeneratedRegex(@"^\s*trở\s+xuống\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnderTail();

    [GeneratedRegex(@"^\s*trở\s+lên\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AtLeastTail();

    [GeneratedRegex(@"^\s*(?:một\s+chút|chút\s+ít)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ApproximateTail();

    /// <summary>"bình quân đạt 94,2%", "trung bình mỗi năm kết nạp được 153": the average word within eight words before the figure.</summary>
    [GeneratedRegex(@"\b(?:bình quân|trung bình)\b(?:[,\s]+[\p{L}\p{M}]+){0,8}[,\s]+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AverageLead();
}
