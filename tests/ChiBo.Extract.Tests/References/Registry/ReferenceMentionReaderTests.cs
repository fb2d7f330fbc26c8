using ChiBo.Extract.Model;
using ChiBo.Extract.References;
using ChiBo.Extract.References.Registry;
using ChiBo.Ingest.Model;

namespace ChiBo.Extract.Tests.References.Registry;

public class ReferenceMentionReaderTests
{
    private static IReadOnlyList<ReferenceMention> Read(string text)
    {
        var context = new ArticleContext(new Locality("Mê Linh", "huyện", "Hà Nội"));
        return ReferenceMentionReader.Read(text, new ReferenceExtractor().Extract(text, context));
    }

    [Fact]
    public void EveryReferenceGetsOneMentionInOrderWithItsSentence()
    {
        const string text = "Mở đầu bài viết. Thực hiện Quy định số 144-QĐ/TW ngày 09/5/2024 của Bộ Chính trị, chi bộ sinh hoạt. Kết thúc.";

        var mention = Assert.Single(Read(text));

        Assert.Equal("Thực hiện Quy định số 144-QĐ/TW ngày 09/5/2024 của Bộ Chính trị, chi bộ sinh hoạt.", mention.Sentence);
        Assert.Equal("144-QĐ/TW", mention.Identity.Code);
    }

    [Fact]
    public void ABareCodeTakesTheHeadNounTheArticleGivesTheSameCode()
    {
        var mentions = Read("Thực hiện Quy định số 144-QĐ/TW của Bộ Chính trị. Các chi bộ học tập 144-QĐ/TƯ.");

        Assert.Equal(2, mentions.Count);
        Assert.All(mentions, m => Assert.Equal("Quy định", m.Identity.Type));
        Assert.Equal(mentions[0].Identity.Id, mentions[1].Identity.Id);
    }

    [Fact]
    public void AnUndatedRepeatTakesTheDateOfTheOnlyDatedOneInTheArticle()
    {
        var mentions = Read("Đề án số 11-ĐA/TU ngày 06/12/2021 của Ban Thường vụ Thành ủy Hà Nội. Sau 3 năm thực hiện Đề án số 11- ĐA/TU, chi bộ đổi mới.");

        Assert.Equal(2, mentions.Count);
        Assert.Equal(new DateOnly(2021, 12, 6), mentions[1].Identity.Date);
        Assert.False(mentions[1].Identity.IsAmbiguous);
    }

    [Fact]
    public void TwoDatedDocumentsUnderOneNumberLeaveTheUndatedOneAmbiguous()
    {
        var mentions = Read(
            "Chỉ thị số 24-CT/TU ngày 01/02/2016 của Thành ủy Hà Nội và Chỉ thị số 24-CT/TU ngày 05/03/2023 của Thành ủy Hà Nội. " +
            "Chỉ thị số 24-CT/TU được quán triệt.");

        Assert.Equal(3, mentions.Count);
        Assert.NotEqual(mentions[0].Identity.Id, mentions[1].Identity.Id);
        Assert.True(mentions[2].Identity.IsAmbiguous);
    }

    [Fact]
    public void ASentenceWithoutStopsIsCutAroundTheReference()
    {
        var filler = string.Concat(Enumerable.Repeat("chi bộ sinh hoạt đều đặn ", 60));
        var mention = Assert.Single(Read(filler + "theo Quy định số 144-QĐ/TW của Bộ Chính trị " + filler));

        Assert.True(mention.Sentence.Length <= ReferenceMentionReader.MaxSentenceLength);
        Assert.Contains("144-QĐ/TW", mention.Sentence, StringComparison.Ordinal);
    }
}
