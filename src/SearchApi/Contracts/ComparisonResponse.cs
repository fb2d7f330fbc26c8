using ChiBo.Index.Statistics;

namespace ChiBo.SearchApi.Contracts;

/// <summary>GET /api/compare: one row per locality, period and unit; derived rows say so and list their sources.</summary>
public sealed record ComparisonResponse(string Metric, string Label, string Sort, IReadOnlyList<StatisticRecord> Rows)
{
    public static ComparisonResponse From(MetricComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return new(comparison.Metric, comparison.Label, comparison.Sort.ToString().ToLowerInvariant(), comparison.Rows);
    }
}
