using System.Text;
using ChiBo.Extract.Statistics;
using ChiBo.Extract.Statistics.Metrics;
using ChiBo.Extract.Tests.Statistics.Support;

namespace ChiBo.Extract.Tests.Statistics.Metrics;

public sealed class MlMetricClassifierTests
{
    private static readonly MetricEvidence Discipline = new(
        StatisticKind.Count, "đảng viên", "đảng viên", "đã thi hành kỷ luật 217 đảng viên và 2 tổ chức đảng",
        "Trong nhiệm kỳ, cấp ủy các cấp và Uỷ ban Kiểm tra Huyện ủy đã thi hành kỷ luật 217 đảng viên và 2 tổ chức đảng.",
        "Trong nhiệm kỳ, cấp ủy các cấp và Uỷ ban Kiểm tra Huyện ủy đã thi hành kỷ luật ", "");

    [Fact]
    public void TheAppUsesTheShippedModelByDefault()
    {
        Assert.IsType<MlMetricClassifier>(DefaultMetricClassifier.Instance);
        Assert.Contains(Seeds.Statistics("001"), s => s.Text == "217" && s.Metric == "discipline.count");
    }

    [Fact]
    public void TheShippedModelIsSmallAndCarriesItsCard()
    {
        using var model = typeof(MlMetricClassifier).Assembly.GetManifestResourceStream(MlMetricClassifier.ModelResource);
        var classifier = MlMetricClassifier.LoadShipped(MetricTaxonomy.Default);

        Assert.NotNull(model);
        Assert.InRange(model.Length, 1, 5 * 1024 * 1024);
        Assert.NotNull(classifier);
        Assert.InRange(classifier.Card.Threshold, 0, 1);
        Assert.Contains(MetricTaxonomy.Other, classifier.Card.Labels);
    }

    [Fact]
    public void BelowTheThresholdTheModelAloneAnswersOtherWithTheConfidenceKept()
    {
        var confident = Shipped().Classify(Discipline);
        var strict = Load(card => card with { Threshold = 1.01, Combination = MetricCombination.Model }, MetricTaxonomy.Default);

        var assignment = strict.Classify(Discipline);

        Assert.Equal("discipline.count", confident.Metric);
        Assert.Equal(MetricTaxonomy.Other, assignment.Metric);
        Assert.Equal(confident.Confidence, assignment.Confidence);
        Assert.True(assignment.Confidence > 0);
    }

    [Fact]
    public void BelowTheThresholdTheRulesAnswerStandsWhenTheCardSaysSo()
    {
        var strict = Load(card => card with { Threshold = 1.01, Combination = MetricCombination.RulesBelowThreshold }, MetricTaxonomy.Default);

        var assignment = strict.Classify(Discipline);

        Assert.Equal(KeywordMetricClassifier.Default.Classify(Discipline).Metric, assignment.Metric);
        Assert.Equal("discipline.count", assignment.Metric);
    }

    [Theory]
    [InlineData(MetricCombination.Model)]
    [InlineData(MetricCombination.RulesFirst)]
    [InlineData(MetricCombination.RulesBelowThreshold)]
    public void AMetricTheTaxonomyNoLongerHasBecomesOtherWhateverTheCombination(MetricCombination combination)
    {
        var onlyOther = MetricTaxonomy.Load(new MemoryStream(Encoding.UTF8.GetBytes("""{ "version": 9, "metrics": [] }""")));

        var assignment = Load(card => card with { Combination = combination }, onlyOther).Classify(Discipline);

        Assert.Equal(MetricTaxonomy.Other, assignment.Metric);
        Assert.True(assignment.Confidence > 0);
    }

    [Fact]
    public void ConcurrentCallsGetTheSameAnswersAsOneAtATime()
    {
        var evidence = new StatisticExtractor(KeywordMetricClassifier.Default)
            .ExtractWithEvidence(Seeds.Text("004"), Seeds.Context("004")).Select(s => s.Evidence).ToList();
        var classifier = Shipped();
        var expected = evidence.Select(classifier.Classify).ToList();

        Parallel.For(0, 32, new ParallelOptions { MaxDegreeOfParallelism = 8 }, _ => Assert.Equal(expected, evidence.Select(classifier.Classify)));
    }

    private static MlMetricClassifier Shipped() => MlMetricClassifier.LoadShipped(MetricTaxonomy.Default) ?? throw new InvalidOperationException("No shipped model.");

    private static MlMetricClassifier Load(Func<MetricModelCard, MetricModelCard> change, MetricTaxonomy taxonomy)
    {
        var assembly = typeof(MlMetricClassifier).Assembly;
        using var model = assembly.GetManifestResourceStream(MlMetricClassifier.ModelResource)!;
        using var shippedCard = assembly.GetManifestResourceStream(MlMetricClassifier.CardResource)!;
        using var card = new MemoryStream();
        change(MetricModelCard.Read(shippedCard)).Write(card);
        card.Position = 0;
        return MlMetricClassifier.Load(model, card, taxonomy);
    }
}
