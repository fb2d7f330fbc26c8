using ChiBo.Ingest.Html;

namespace ChiBo.Ingest.Tests.Html;

public sealed class DatelineFilterTests
{
    [Theory]
    [InlineData("Ngày đăng: 08/11/2019")]
    [InlineData("20/06/2024 | 16:48")]
    [InlineData("Thứ 4, Ngày 18/12/2019, 16:00")]
    [InlineData("Nov. 19, 2019 8:03 am ET")]
    [InlineData("Updated: Sat 8:31 PM, Feb 17, 2018")]
    [InlineData("sexta-feira, 22 de outubro de 2010 às 20:13")]
    public void ShortLinesOfDatesAndTimesAreDatelines(string line) => Assert.True(DatelineFilter.IsDateline(line));

    [Theory]
    [InlineData("Năm 2019, toàn huyện kết nạp 120 đảng viên mới, đạt 105% kế hoạch.")]
    [InlineData("In 2019, he won.")]
    [InlineData("— Governor Kristi Noem (@govkristinoem) November 18, 2019")]
    [InlineData("Hội nghị diễn ra từ 8:00 đến 11:30 tại hội trường Huyện ủy, với sự tham dự của các đồng chí trong Ban Thường vụ và các bí thư chi bộ.")]
    public void SentencesAndQuotedPostsAreNotDatelines(string line) => Assert.False(DatelineFilter.IsDateline(line));
}
