namespace ChiBo.Index.Statistics;

/// <summary>One page of statistic records and how many match in all.</summary>
public sealed record StatisticPage(int Total, int Page, int Size, IReadOnlyList<StatisticRecord> Records);
