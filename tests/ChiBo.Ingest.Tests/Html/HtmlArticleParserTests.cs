using ChiBo.Ingest.Html;

namespace ChiBo.Ingest.Tests.Html;

public sealed class HtmlArticleParserTests
{
    private const string Body =
        "<p>Sáng nay, Đảng ủy xã Yên Đồng, huyện Yên Lạc tổ chức hội nghị sơ kết công tác xây dựng Đảng, nâng cao chất lượng sinh hoạt chi bộ trực thuộc.</p>" +
        "<p>Qua một năm thực hiện, các chi bộ duy trì nền nếp sinh hoạt định kỳ, tỷ lệ đảng viên dự sinh hoạt đạt trên 95%, nội dung sinh hoạt được đổi mới, thiết thực.</p>" +
        "<p>Hội nghị đề ra nhiệm vụ, giải pháp trọng tâm cho thời gian tới, trong đó chú trọng sinh hoạt chuyên đề và công tác kiểm tra, giám sát.</p>";

    private readonly HtmlArticleParser _parser = new();

    [Theory]
    [InlineData("Ngày đăng: 08/11/2019", "2019-11-08")]
    [InlineData("20/06/2024 | 16:48", "2024-06-20T16:48:00+07:00")]
    [InlineData("23:01 04/10/2022", "2022-10-04T23:01:00+07:00")]
    [InlineData("Thứ 4, Ngày 18/12/2019, 16:00", "2019-12-18T16:00:00+07:00")]
    public void DatelineInThePageGivesThePublishedDateDayFirstAndLeavesTheText(string dateline, string expected)
    {
        var article = _parser.Parse(Page("", $"<h1>Đảng ủy xã Yên Đồng sơ kết công tác xây dựng Đảng năm 2019</h1><div class=\"date\">{dateline}</div>{Body}"));

        Assert.Equal(expected, article.Published?.ToIsoString());
        Assert.DoesNotContain(dateline, article.Text, StringComparison.Ordinal);
        Assert.Contains("trên 95%", article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<meta property=\"article:published_time\" content=\"2024-06-20T16:48:00+07:00\">", "")]
    [InlineData("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"datePublished\":\"2024-06-20T16:48:00+07:00\"}</script>", "")]
    [InlineData("<script type=\"application/ld+json\">[{\"@type\":\"WebPage\"},{\"@graph\":[{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-06-20T16:48:00+07:00\",}]}]</script>", "")]
    [InlineData("", "<time datetime=\"2024-06-20T16:48:00+07:00\">20/06/2024</time>")]
    public void PageMetadataGivesThePublishedDate(string head, string inBody)
    {
        var article = _parser.Parse(Page(head, $"<article><h1>Mê Linh sơ kết 3 năm thực hiện Đề án số 11-ĐA/TU của Thành ủy</h1>{inBody}{Body}</article>"));

        Assert.Equal("2024-06-20T16:48:00+07:00", article.Published?.ToIsoString());
    }

    [Fact]
    public void MetadataDateWinsOverADatelineInTheText()
    {
        var article = _parser.Parse(Page(
            "<meta property=\"article:published_time\" content=\"2022-10-04T23:01:00+07:00\">",
            $"<h1>Thị ủy Hồng Lĩnh tăng cường lãnh đạo sinh hoạt chi bộ thôn, tổ dân phố</h1><p>Cập nhật: 05/10/2022 08:00</p>{Body}"));

        Assert.Equal("2022-10-04T23:01:00+07:00", article.Published?.ToIsoString());
    }

    [Fact]
    public void TitleAuthorUrlAndSiteComeFromThePage()
    {
        var article = _parser.Parse(Page(
            "<meta property=\"og:title\" content=\"Sơ kết công tác xây dựng Đảng ở Yên Đồng\"><meta name=\"author\" content=\"Trần Biển\">" +
            "<link rel=\"canonical\" href=\"https://yenlac.vinhphuc.gov.vn/tin-tuc/so-ket-xay-dung-dang\">",
            $"<h1>Tiêu đề khác trong trang</h1>{Body}"));

        Assert.Equal("Sơ kết công tác xây dựng Đảng ở Yên Đồng", article.Title);
        Assert.Equal("Trần Biển", Assert.Single(article.Authors).Name);
        Assert.Equal("https://yenlac.vinhphuc.gov.vn/tin-tuc/so-ket-xay-dung-dang", article.Url);
        Assert.Equal("yenlac.vinhphuc.gov.vn", article.Site);
    }

    [Fact]
    public void PortalChromeAroundTheArticleIsLeftOut()
    {
        // A SharePoint portal page as such portals lay it out: ribbon, field list, view counter, other news, footer.
        var html = Page("", "<form id=\"aspnetForm\">" +
            "<div id=\"s4-ribbonrow\"><a href=\"#\">Skip Ribbon Commands</a><span>Manage Permissions</span><span>Version History</span></div>" +
            "<div id=\"s4-workspace\"><div class=\"ms-webpart-titletext\">Tin tức sự kiện</div>" +
            "<table class=\"ms-formtable\"><tr><td>Tiêu đề</td></tr><tr><td>Hình ảnh</td></tr><tr><td>Approval Status</td></tr></table>" +
            "<div class=\"noidung\"><h1>Đảng bộ thành phố Bến Tre đổi mới sinh hoạt chi bộ</h1>" + Body +
            "<div class=\"luot-xem\">Lượt người xem: 806</div></div>" +
            "<div class=\"tin-khac\"><h3>Tin khác</h3><ul><li><a href=\"/a\">Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 15</a></li>" +
            "<li><a href=\"/b\">Kiểm tra công tác xây dựng Đảng tại huyện Châu Thành</a></li></ul></div>" +
            "<div class=\"binh-luan\"><p>Tiêu đề *</p><p>Người gửi *</p><p>Nội dung bình luận</p></div></div>" +
            "<div class=\"footer\">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẾN TRE. Địa chỉ: số 7 Cách Mạng Tháng Tám, điện thoại 0275 3822 000, email: banbientap@bentre.gov.vn</div></form>");

        var article = _parser.Parse(html);

        Assert.Contains("tỷ lệ đảng viên dự sinh hoạt đạt trên 95%", article.Text, StringComparison.Ordinal);
        Assert.Contains("kiểm tra, giám sát", article.Text, StringComparison.Ordinal);
        foreach (var chrome in new[] { "Skip Ribbon", "Manage Permissions", "Version History", "Approval Status", "Lượt người xem", "Tin khác", "Châu Thành", "Người gửi", "CỔNG THÔNG TIN", "điện thoại" })
        {
            Assert.DoesNotContain(chrome, article.Text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void JsonLdArticleBodyStandsInWhenThePageShowsLittleText()
    {
        var body = string.Join("\n", Enumerable.Repeat("Các chi bộ duy trì nền nếp sinh hoạt định kỳ, nội dung sinh hoạt được đổi mới, thiết thực, gắn với nhiệm vụ chính trị của địa phương.", 8));
        var ld = System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string> { ["@type"] = "NewsArticle", ["articleBody"] = body });
        var article = _parser.Parse(Page($"<script type=\"application/ld+json\">{ld}</script>", "<h1>Sinh hoạt chi bộ ở xã Yên Đồng đi vào nền nếp</h1><p>Đọc toàn văn trong ứng dụng.</p>"));

        Assert.Contains("gắn với nhiệm vụ chính trị của địa phương", article.Text, StringComparison.Ordinal);
    }

    private static string Page(string head, string body) =>
        $"<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Trang tin</title>{head}</head><body>" +
        "<nav><a href=\"/\">Trang chủ</a> <a href=\"/tin\">Tin tức</a></nav>" + body + "</body></html>";
}
