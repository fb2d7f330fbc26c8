namespace ChiBo.Extract.Statistics;

/// <summary>A metric id from the taxonomy with the classifier's confidence in it (0–1).</summary>
public readonly record struct MetricAssignment(string Metric, double Confidence)
{
    public static readonly MetricAssignment Unknown = new(MetricTaxonomy.Other, 0);
}
