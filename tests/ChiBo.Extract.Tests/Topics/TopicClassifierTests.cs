using ChiBo.Extract.Topics;
using ChiBo.Ingest.Text;
using ChiBo.TestSupport;

namespace ChiBo.Extract.Tests.Topics;

public sealed class TopicClassifierTests
{
    [Theory]
    [InlineData("the-thao", "Thể thao")]
    [InlineData("suc-khoe", "Sức khỏe")]
    [InlineData("vi-tinh", "Vi tính")]
    public void ANewsArticleGetsItsTopicWithAConfidenceAboveTheThreshold(string file, string topic)
    {
        var article = new TextArticleParser().Parse(File.ReadAllText(TopicArticles.File(file)), file);

        var assignment = TopicClassifier.Shared.Classify(article.Title, article.Text);

        Assert.Equal(topic, assignment.Topic);
        Assert.Equal(topic, assignment.Closest);
        Assert.InRange(assignment.Confidence, TopicClassifier.DefaultThreshold, 1.0);
    }

    [Fact]
    public void ProbabilitiesCoverTheTenTopicsAndSumToOne()
    {
        var probabilities = TopicClassifier.Shared.Probabilities(TopicText.Prepare("Giá vàng tăng mạnh", "Thị trường chứng khoán và giá vàng tăng mạnh trong phiên giao dịch sáng nay."));

        Assert.Equal(VntcTopics.All.Count, probabilities.Length);
        Assert.Equal(1.0, probabilities.Sum(), 3);
    }

    [Fact]
    public void TextWithoutTopicalWordsKeepsItsClosestTopicButGetsNoTopic()
    {
        var assignment = TopicClassifier.Shared.Classify(null, "và của là có được cho");

        Assert.Null(assignment.Topic);
        Assert.Contains(assignment.Closest, VntcTopics.All);
        Assert.True(assignment.Confidence < TopicClassifier.DefaultThreshold, $"confidence {assignment.Confidence}");
    }

    [Fact]
    public void ConcurrentCallsGiveTheSameAnswersAsSequentialOnes()
    {
        var texts = Directory.EnumerateFiles(TopicArticles.Directory, "*.txt").Concat(Directory.EnumerateFiles(RepositoryPaths.Corpus, "0*.txt"))
            .Select(File.ReadAllText).ToList();
        var sequential = texts.Select(t => TopicClassifier.Shared.Classify(null, t)).ToList();

        var concurrent = new Model.TopicAssignment[texts.Count * 20];
        Parallel.For(0, concurrent.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => concurrent[i] = TopicClassifier.Shared.Classify(null, texts[i % texts.Count]));

        for (var i = 0; i < concurrent.Length; i++)
        {
            Assert.Equal(sequential[i % texts.Count], concurrent[i]);
        }
    }

    [Fact]
    public void PreparedTextIsLowerCaseSyllablesWithOneToneMarkPlacement()
    {
        Assert.Equal("hòa bình 2006 thủy điện", TopicText.Prepare("Hoà bình, 2006:", "Thuỷ-điện!"));
    }

    [Theory]
    [InlineData("Thể thao", "Thể thao")]
    [InlineData("the thao", "Thể thao")]
    [InlineData("THE-THAO", "Thể thao")]
    [InlineData("TT", "Thể thao")]
    [InlineData("chinh tri xa hoi", "Chính trị Xã hội")]
    [InlineData("Sức khoẻ", "Sức khỏe")]
    [InlineData("doi song", "Đời sống")]
    [InlineData("bóng đá", null)]
    [InlineData("", null)]
    public void TopicNamesAreFoundInAnySpellingOrByTheirCode(string value, string? topic)
    {
        Assert.Equal(topic, VntcTopics.Find(value));
    }
}
