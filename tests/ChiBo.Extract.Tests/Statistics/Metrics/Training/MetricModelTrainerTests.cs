using ChiBo.Extract.Statistics;
using ChiBo.Extract.Statistics.Metrics;
using ChiBo.Extract.Statistics.Metrics.Training;
using ChiBo.Extract.Tests.Statistics.Support;

namespace ChiBo.Extract.Tests.Statistics.Metrics.Training;

public sealed class MetricModelTrainerTests
{
    [Fact]
    public void RetrainingWithTheShippedCardReproducesTheShippedModel()
    {
        var shipped = MlMetricClassifier.LoadShipped(MetricTaxonomy.Default);
        Assert.NotNull(shipped);
        var test = GoldStatistics.Test();

        var retrained = MetricModelTrainer.Fit([.. GoldStatistics.Train(), .. LabelledExamples.Written(MetricTaxonomy.Default)], shipped.Card)
            .Classifier(MetricTaxonomy.Default);

        Assert.Equal(test.Select(e => shipped.Classify(e.Evidence)), test.Select(e => retrained.Classify(e.Evidence)));
    }

    [Fact]
    public void ThresholdsRunFromZeroToNinetyPercentInFivePercentSteps()
    {
        Assert.Equal(0, MetricModelTrainer.Thresholds[0]);
        Assert.Equal(0.9, MetricModelTrainer.Thresholds[^1], 6);
        Assert.Equal(19, MetricModelTrainer.Thresholds.Count);
    }
}
