using ChiBo.Extract.Statistics;
using ChiBo.Extract.Statistics.Metrics.Training;
using ChiBo.Extract.Tests.Statistics.Support;

namespace ChiBo.Extract.Tests.Statistics.Metrics.Training;

/// <summary>The labelled set keeps its promises (Gold/README.md): size, known metrics, a split by article.</summary>
public sealed class LabelledStatisticSetTests
{
    private static readonly string[] Kinds = [StatisticKind.Percentage, StatisticKind.Count, StatisticKind.Fraction];
    private static readonly string[] Qualifiers = ["exact", "over", "under", "approx", "at_least", "average"];

    [Fact]
    public void TheSetHoldsAtLeast400StatisticsOfKnownKindsQualifiersAndMetrics()
    {
        var statistics = GoldStatistics.Set.Articles.SelectMany(a => a.Statistics).ToList();

        Assert.True(statistics.Count >= 400, $"{statistics.Count} statistics");
        Assert.All(statistics, s => Assert.NotNull(MetricTaxonomy.Default.Find(s.Metric)));
        Assert.All(statistics, s => Assert.Contains(s.Kind, Kinds));
        Assert.All(statistics, s => Assert.Contains(s.Qualifier, Qualifiers));
        Assert.All(statistics, s => Assert.Equal(s.Text.Length, s.End - s.Start));
    }

    [Fact]
    public void ArticlesAreSplitWholeAboutTwoThirdsToOneThirdAndGroupsStayTogether()
    {
        var articles = GoldStatistics.Set.Articles;
        var test = articles.Where(a => a.Split == LabelledStatisticSet.Test).Sum(a => a.Statistics.Count);
        var share = (double)test / articles.Sum(a => a.Statistics.Count);

        Assert.Equal(articles.Count, articles.Select(a => a.Key).Distinct(StringComparer.Ordinal).Count());
        Assert.All(articles.Where(a => a.Group is not null).GroupBy(a => a.Group), g => Assert.Single(g.Select(a => a.Split).Distinct(StringComparer.Ordinal)));
        Assert.InRange(share, 0.25, 0.4);
        Assert.Contains("discipline.count", articles.Where(a => a.Split == LabelledStatisticSet.Test).SelectMany(a => a.Statistics).Select(s => s.Metric));
        Assert.Contains("discipline.count", articles.Where(a => a.Split == LabelledStatisticSet.Train).SelectMany(a => a.Statistics).Select(s => s.Metric));
    }

    [Fact]
    public void EveryLabelledSpanIsItsTextInTheUnchangedArticle()
    {
        var texts = GoldStatistics.Texts();

        Assert.All(
            GoldStatistics.Set.Articles.SelectMany(a => a.Statistics.Select(s => (a.Key, s))),
            p => Assert.Equal(p.s.Text, texts[p.Key][p.s.Start..p.s.End]));
    }
}
