using System.Globalization;
using ChiBo.Extract.Statistics;
using ChiBo.Index.Storage;

namespace ChiBo.Index.Statistics;

/// <summary>
/// Picks one figure per locality, period and unit from a metric's records (statistics.md §5). Changes ("tăng 5%")
/// are not levels and never compared. A count or fraction that restates a percentage of the same article (857 of
/// "857/5.262 đảng viên, chiếm tỷ lệ 16,28%") is left to that percentage, which carries it as numerator. Of the
/// rest a reported figure beats a derived one; then the newest article (a later report of the same period
/// supersedes an earlier one); then the classifier's confidence; then the first mention in the article, which is
/// where reports put the headline figure.
/// </summary>
public static class ComparisonBuilder
{
    private static readonly StringComparer Vietnamese = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), CompareOptions.None);

    public static IReadOnlyList<StatisticRecord> Rows(IEnumerable<StatisticRecord> records, ComparisonSort sort)
    {
        ArgumentNullException.ThrowIfNull(records);
        var levels = records.Where(r => r.Change is null).ToList();
        var restated = levels
            .Where(r => r.Kind == StatisticKind.Percentage && r.Numerator is not null)
            .Select(r => (r.DocumentId, r.Numerator!.Value))
            .ToHashSet();
        var rows = levels
            .Where(r => r.Kind == StatisticKind.Percentage || !restated.Contains((r.DocumentId, r.Numerator ?? r.Value)))
            .GroupBy(r => (Locality: r.Locality is { } l ? FilterKey.Of(l.Display) : string.Empty, Period: r.Period ?? string.Empty, Unit: r.Unit ?? string.Empty))
            .Select(g => g
                .OrderBy(r => r.Derived)
                .ThenByDescending(r => r.Published?.Date ?? DateOnly.MinValue)
                .ThenByDescending(r => r.Confidence)
                .ThenBy(r => r.Start ?? int.MaxValue)
                .ThenBy(r => r.DocumentId, StringComparer.Ordinal)
                .First());
        return [.. Sorted(rows, sort)];
    }

    private static IOrderedEnumerable<StatisticRecord> Sorted(IEnumerable<StatisticRecord> rows, ComparisonSort sort) => sort switch
    {
        ComparisonSort.Value => rows.OrderByDescending(r => r.Value).ThenBy(LocalityOf, Vietnamese).ThenBy(PeriodOf, StringComparer.Ordinal),
        ComparisonSort.Period => rows.OrderBy(PeriodOf, StringComparer.Ordinal).ThenBy(LocalityOf, Vietnamese).ThenByDescending(r => r.Value),
        _ => rows.OrderBy(LocalityOf, Vietnamese).ThenBy(PeriodOf, StringComparer.Ordinal).ThenByDescending(r => r.Value),
    };

    /// <summary>Sorts by the unit's name, not its kind: "huyện Yên Lạc" and "thành phố Bến Tre" sort as Yên Lạc and Bến Tre.</summary>
    private static string LocalityOf(StatisticRecord r) => r.Locality is { } l ? $"{l.Name} {l.Province}" : "\uffff";

    private static string PeriodOf(StatisticRecord r) => r.Period ?? "\uffff";
}
