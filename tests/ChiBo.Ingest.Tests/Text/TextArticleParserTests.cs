using ChiBo.Ingest.Text;
using ChiBo.TestSupport;

namespace ChiBo.Ingest.Tests.Text;

public class TextArticleParserTests
{
    private static readonly TextArticleParser Parser = new();

    [Theory]
    [InlineData("000", "Yên Lạc thực hiện Nghị quyết về nâng cao chất lượng sinh hoạt chi bộ trực thuộc Đảng ủy xã, thị trấn", "2019-11-08", "Trần Biển", "Yên Lạc|huyện|Vĩnh Phúc")]
    [InlineData("001", "Đảng bộ huyện Sông Lô nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở Đảng", "2020-09-21", "Lệ Quyên", "Sông Lô|huyện|Vĩnh Phúc")]
    [InlineData("002", "Mê Linh: Sơ kết 3 năm thực hiện Đề án số 11-ĐA/TU về nâng cao chất lượng sinh hoạt Chi bộ trong tình hình mới", "2024-06-20T16:48:00+07:00", "Nguyễn Tuyền|Phạm Tuấn", "Mê Linh|huyện|Hà Nội")]
    [InlineData("003", "Thị ủy Hồng Lĩnh tăng cường lãnh đạo, chỉ đạo nâng cao chất lượng sinh hoạt chi bộ thôn, tổ dân phố", "2022-10-04T23:01:00+07:00", "Nguyễn Thị Thu Phương", "Hồng Lĩnh|thị xã|Hà Tĩnh")]
    [InlineData("004", "Đảng bộ thành phố Bến Tre tiếp tục đổi mới, nâng cao chất lượng sinh hoạt Chi bộ", "2019-12-18T16:00:00+07:00", "Phương Thảo", "Bến Tre|thành phố|Bến Tre")]
    public void SeedMetadataMatchesAcceptance(string seed, string title, string published, string authors, string locality)
    {
        var article = Parser.Parse(File.ReadAllText(RepositoryPaths.CorpusFile(seed)), seed);

        Assert.Equal(title, article.Title);
        Assert.Equal(published, article.Published?.ToIsoString());
        Assert.Equal(authors.Split('|'), article.Authors.Select(a => a.Name));
        Assert.Equal(locality, $"{article.Locality?.Name}|{article.Locality?.Kind}|{article.Locality?.Province}");
    }

    [Fact]
    public void AffiliationInParenthesesBelongsToTheOneAuthor()
    {
        var article = Parser.Parse(File.ReadAllText(RepositoryPaths.CorpusFile("003")));

        var author = Assert.Single(article.Authors);
        Assert.Equal("Ủy ban Kiêm tra Thị ủy Hồng Lĩnh", author.Affiliation);
    }

    [Theory]
    [InlineData("000", "Đưa NQ của Đảng vào cs")]
    [InlineData("000", "Tiêu đề")]
    [InlineData("000", "Người gửi")]
    [InlineData("000", "Ngày đăng")]
    [InlineData("001", "Các tin đã đưa ngày")]
    [InlineData("002", "Top")]
    [InlineData("002", "Ảnh 1")]
    [InlineData("003", "EmailPrintAa")]
    [InlineData("003", "Ý kiến bạn đọc")]
    [InlineData("004", "Skip Ribbon Commands")]
    [InlineData("004", "Approval Status")]
    [InlineData("004", "Lượt người xem")]
    [InlineData("004", "Tin khác")]
    [InlineData("004", "ubtp@bentre.gov.vn")]
    [InlineData("004", "to-chuc-co-so-dang-2019.jpg")]
    public void MainTextExcludesChrome(string seed, string chrome)
    {
        var article = Parser.Parse(File.ReadAllText(RepositoryPaths.CorpusFile(seed)));

        Assert.DoesNotContain(chrome, article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void RepeatedParagraphIsKeptOnceAndTheBodyIsWhole()
    {
        var article = Parser.Parse(File.ReadAllText(RepositoryPaths.CorpusFile("000")));

        const string Repeated = "tỷ lệ đảng viên tham gia sinh hoạt đạt trên 91%";
        Assert.Equal(article.Text.IndexOf(Repeated, StringComparison.Ordinal), article.Text.LastIndexOf(Repeated, StringComparison.Ordinal));
        Assert.StartsWith("Qua 10 năm thực hiện Nghị quyết số 06-NQ/HU", article.Text, StringComparison.Ordinal);
        Assert.EndsWith("đảm bảo hoàn thành mục tiêu của Nghị quyết.", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TitleIsNotRepeatedAsTheFirstLineOfTheText()
    {
        var article = Parser.Parse(File.ReadAllText(RepositoryPaths.CorpusFile("002")));

        Assert.DoesNotContain(article.Title, article.Text, StringComparison.Ordinal);
        Assert.StartsWith("Sáng ngày 20/6/2024", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void SameArticleSavedTwiceWithDifferentChromeHasOneId()
    {
        var raw = File.ReadAllText(RepositoryPaths.CorpusFile("001"));

        var a = Parser.Parse(raw);
        var b = Parser.Parse("Skip Ribbon Commands\n" + raw.Replace("\n", "\r\n", StringComparison.Ordinal) + "\nTin khác\nBài cũ");

        Assert.Equal(a.Id, b.Id);
    }
}
