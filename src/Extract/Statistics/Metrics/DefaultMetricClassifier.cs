namespace ChiBo.Extract.Statistics.Metrics;

/// <summary>
/// The classifier the app uses unless told otherwise: the shipped ML.NET model, or the keyword baseline when the
/// build holds no model (a fresh clone before <c>chibo train-metrics</c>).
/// </summary>
public static class DefaultMetricClassifier
{
    private static readonly Lazy<IMetricClassifier> Shared = new(() =>
        (IMetricClassifier?)MlMetricClassifier.LoadShipped(MetricTaxonomy.Default) ?? KeywordMetricClassifier.Default);

    public static IMetricClassifier Instance => Shared.Value;
}
