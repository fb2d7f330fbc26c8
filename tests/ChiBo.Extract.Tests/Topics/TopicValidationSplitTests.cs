using ChiBo.Extract.Topics;

namespace ChiBo.Extract.Tests.Topics;

public sealed class TopicValidationSplitTests
{
    private static readonly LabelledArticle[] Articles =
        [.. Enumerable.Range(0, 100).Select(i => new LabelledArticle($"a{i}", VntcTopics.All[i % VntcTopics.All.Count], VntcSampleReader.TrainSplit, $"bài {i}"))];

    [Fact]
    public void TheHeldOutPartIsTheAskedFractionAndDisjointFromTheRest()
    {
        var (fit, held) = TopicModelTrainer.SplitForValidation(Articles, 0.2, seed: 42);

        Assert.Equal(20, held.Count);
        Assert.Equal(80, fit.Count);
        Assert.Empty(fit.Select(a => a.Id).Intersect(held.Select(a => a.Id)));
    }

    [Fact]
    public void TheSameSeedHoldsOutTheSameArticlesAndAnotherSeedOthers()
    {
        var first = TopicModelTrainer.SplitForValidation(Articles, 0.2, seed: 42).Held.Select(a => a.Id).ToList();
        var again = TopicModelTrainer.SplitForValidation(Articles, 0.2, seed: 42).Held.Select(a => a.Id).ToList();
        var other = TopicModelTrainer.SplitForValidation(Articles, 0.2, seed: 7).Held.Select(a => a.Id).ToList();

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void AFractionOutsideZeroToOneIsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TopicModelTrainer.SplitForValidation(Articles, 0, seed: 42));
        Assert.Throws<ArgumentOutOfRangeException>(() => TopicModelTrainer.SplitForValidation(Articles, 1, seed: 42));
    }

    [Fact]
    public void CommonSyllablesAreThoseInMoreThanTheFractionOfArticles()
    {
        LabelledArticle[] articles =
        [
            new("1", "Thể thao", "train", "Đội tuyển và huấn luyện viên"),
            new("2", "Kinh doanh", "train", "Giá vàng và chứng khoán"),
            new("3", "Sức khỏe", "train", "Bệnh viện và bác sĩ, bệnh viện"),
            new("4", "Vi tính", "train", "Máy tính mới"),
        ];

        Assert.Equal(["và"], TopicModelTrainer.CommonSyllables(articles, 0.5));
        Assert.Empty(TopicModelTrainer.CommonSyllables(articles, 0.75));
    }
}
