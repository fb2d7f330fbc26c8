namespace ChiBo.Extract.Statistics.Metrics;

/// <summary>The feature sets compared by cross-validation on the train split.</summary>
public enum MetricFeatureSet
{
    /// <summary>The figure's text columns, kind and unit.</summary>
    Text,

    /// <summary>As <see cref="Text"/>, plus the keyword baseline's answer as one more categorical feature.</summary>
    TextAndRules,
}
