using ChiBo.Extract.Model;

namespace ChiBo.Extract.Statistics;

/// <summary>A statistic with what its metric classifier saw, so a classifier can be trained and scored on real input.</summary>
public sealed record EvidencedStatistic(Statistic Statistic, MetricEvidence Evidence);
