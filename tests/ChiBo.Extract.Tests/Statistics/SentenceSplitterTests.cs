using ChiBo.Extract.Statistics;

namespace ChiBo.Extract.Tests.Statistics;

public class SentenceSplitterTests
{
    [Fact]
    public void SplitsAtTerminatorsSemicolonsAndLineBreaks()
    {
        const string text = "Có 29.255 kỳ sinh hoạt. Tỷ lệ đạt 94,2%; đảng viên hơn 88%\nDòng mới! Hỏi?";

        var sentences = SentenceSplitter.Split(text).Select(s => s.Of(text));

        Assert.Equal(["Có 29.255 kỳ sinh hoạt.", "Tỷ lệ đạt 94,2%", "đảng viên hơn 88%", "Dòng mới!", "Hỏi?"], sentences);
    }

    [Fact]
    public void AbbreviationsAndGluedDotsDoNotEndASentence()
    {
        const string text = "Trụ sở ở TP. Bến Tre, Đ/c. Hải báo cáo./. Hết.";

        var sentences = SentenceSplitter.Split(text).Select(s => s.Of(text));

        Assert.Equal(["Trụ sở ở TP. Bến Tre, Đ/c. Hải báo cáo./.", "Hết."], sentences);
    }

    [Fact]
    public void ALineBreakStartsANewParagraph()
    {
        var sentences = SentenceSplitter.Split("Một. Hai.\nBa.");

        Assert.Equal([0, 0, 1], sentences.Select(s => s.Paragraph));
    }
}
