namespace ChiBo.Extract.Statistics;

/// <summary>Decides what a figure measures (statistics.md §3). Implementations are thread-safe.</summary>
public interface IMetricClassifier
{
    /// <summary>The metric, or <see cref="MetricTaxonomy.Other"/> with the confidence kept when unsure.</summary>
    MetricAssignment Classify(MetricEvidence evidence);
}
