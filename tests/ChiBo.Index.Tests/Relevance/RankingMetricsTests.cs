namespace ChiBo.Index.Tests.Relevance;

public class RankingMetricsTests
{
    private static readonly Dictionary<string, int> Grades = new(StringComparer.Ordinal) { ["a"] = 3, ["b"] = 2, ["c"] = 1 };

    [Fact]
    public void IdealOrderScoresOneAndReversedOrderScoresLess()
    {
        Assert.Equal(1.0, RankingMetrics.Ndcg(["a", "b", "c"], Grades, 10), 9);
        Assert.InRange(RankingMetrics.Ndcg(["c", "b", "a"], Grades, 10), 0.5, 0.99);
    }

    [Fact]
    public void UnjudgedDocumentsGainNothing() =>
        Assert.Equal(0.0, RankingMetrics.Ndcg(["x", "y"], Grades, 10), 9);

    [Fact]
    public void ReciprocalRankCountsTheFirstRelevantDocumentOnly()
    {
        Assert.Equal(1.0 / 3, RankingMetrics.ReciprocalRank(["c", "x", "b", "a"], Grades, 10), 9);
        Assert.Equal(0.0, RankingMetrics.ReciprocalRank(["c", "x"], Grades, 10), 9);
    }
}
