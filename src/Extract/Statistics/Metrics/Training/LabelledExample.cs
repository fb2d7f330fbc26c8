namespace ChiBo.Extract.Statistics.Metrics.Training;

/// <summary>A hand-labelled statistic with the evidence a metric classifier sees for it.</summary>
public sealed record LabelledExample(LabelledArticle Article, LabelledStatistic Label, MetricEvidence Evidence)
{
    public MetricExample ToExample() => MetricExample.From(Evidence, Label.Metric, Article.Key);
}
