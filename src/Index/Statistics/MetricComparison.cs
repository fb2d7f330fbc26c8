namespace ChiBo.Index.Statistics;

/// <summary>One metric across localities and periods (statistics.md §5): one row per locality, period and unit.</summary>
public sealed record MetricComparison(string Metric, string Label, ComparisonSort Sort, IReadOnlyList<StatisticRecord> Rows);
