using System.Text.Json;
using ChiBo.SearchApi.Tests.Support;

namespace ChiBo.SearchApi.Tests.Apis;

/// <summary>The Ingest table of acceptance.md, read back through GET /api/documents/{id}.</summary>
[Collection(SeedCorpusCollection.Name)]
public sealed class DocumentsApiTests(SeedCorpusServer server)
{
    [Theory]
    [InlineData("000", "Yên Lạc thực hiện Nghị quyết về nâng cao chất lượng sinh hoạt chi bộ trực thuộc Đảng ủy xã, thị trấn", "2019-11-08", "Trần Biển", "Yên Lạc", "huyện", "Vĩnh Phúc")]
    [InlineData("001", "Đảng bộ huyện Sông Lô nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở Đảng", "2020-09-21", "Lệ Quyên", "Sông Lô", "huyện", "Vĩnh Phúc")]
    [InlineData("002", "Mê Linh: Sơ kết 3 năm thực hiện Đề án số 11-ĐA/TU về nâng cao chất lượng sinh hoạt Chi bộ trong tình hình mới", "2024-06-20T16:48:00+07:00", "Nguyễn Tuyền|Phạm Tuấn", "Mê Linh", "huyện", "Hà Nội")]
    [InlineData("003", "Thị ủy Hồng Lĩnh tăng cường lãnh đạo, chỉ đạo nâng cao chất lượng sinh hoạt chi bộ thôn, tổ dân phố", "2022-10-04T23:01:00+07:00", "Nguyễn Thị Thu Phương", "Hồng Lĩnh", "thị xã", "Hà Tĩnh")]
    [InlineData("004", "Đảng bộ thành phố Bến Tre tiếp tục đổi mới, nâng cao chất lượng sinh hoạt Chi bộ", "2019-12-18T16:00:00+07:00", "Phương Thảo", "Bến Tre", "thành phố", "Bến Tre")]
    public async Task SeedMetadataMatchesAcceptance(string seed, string title, string published, string authors, string locality, string kind, string province)
    {
        var doc = await server.GetJsonAsync("/api/documents/" + SeedCorpusServer.IdOf(seed));

        Assert.Equal(title, doc.GetProperty("title").GetString());
        Assert.Equal(published, doc.GetProperty("published").GetString());
        Assert.Equal(authors.Split('|'), doc.GetProperty("authors").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(locality, doc.GetProperty("locality").GetProperty("name").GetString());
        Assert.Equal(kind, doc.GetProperty("locality").GetProperty("kind").GetString());
        Assert.Equal(province, doc.GetProperty("locality").GetProperty("province").GetString());
    }

    [Theory]
    [InlineData("000", "Đưa NQ của Đảng vào cs")]
    [InlineData("000", "Tiêu đề *")]
    [InlineData("000", "Người gửi *")]
    [InlineData("000", "Nội dung bình luận")]
    [InlineData("001", "Các tin đã đưa ngày:")]
    [InlineData("002", "Top")]
    [InlineData("002", "- Ảnh 1.")]
    [InlineData("003", "EmailPrintAa")]
    [InlineData("003", "Ý kiến bạn đọc")]
    [InlineData("004", "Skip Ribbon Commands")]
    [InlineData("004", "Manage Permissions")]
    [InlineData("004", "Version History")]
    [InlineData("004", "Approval Status")]
    [InlineData("004", "Lượt người xem")]
    [InlineData("004", "Tin khác")]
    [InlineData("004", "Trụ sở: Số 7A")]
    [InlineData("004", "02753.827.114")]
    [InlineData("004", "ubtp@bentre.gov.vn")]
    public async Task MainTextExcludesPageChrome(string seed, string chrome)
    {
        var text = await TextOf(seed);

        Assert.DoesNotContain(chrome, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SharePointFieldListIsNotMainText()
    {
        var lines = (await TextOf("004")).Split('\n').Select(l => l.Trim()).ToHashSet();

        foreach (var field in new[] { "Tiêu đề", "Hình ảnh", "Hình ảnh mô tả", "Tóm tắt", "Nội dung", "Tác giả", "Phân loại", "Trạng thái" })
        {
            Assert.DoesNotContain(field, lines);
        }
    }

    [Fact]
    public async Task RepeatedParagraphIsKeptOnce()
    {
        var text = await TextOf("000");

        const string Sentence = "10 năm qua, đã có 29.255 kỳ sinh hoạt đúng lịch";
        Assert.Equal(text.IndexOf(Sentence, StringComparison.Ordinal), text.LastIndexOf(Sentence, StringComparison.Ordinal));
        Assert.Contains(Sentence, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MainTextKeepsTheArticleBodyFromLeadToLastParagraph()
    {
        var text = await TextOf("004");

        Assert.Contains("Trong những năm qua, Đảng bộ thành phố Bến Tre luôn coi trọng", text, StringComparison.Ordinal);
        Assert.Contains("tiếp thu, tổng hợp các ý kiến, kiến nghị của cơ sở.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownIdIsANotFoundProblem()
    {
        using var response = await server.Http.GetAsync(new Uri("/api/documents/does-not-exist", UriKind.Relative));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(404, (int)response.StatusCode);
        Assert.Equal(404, body.GetProperty("status").GetInt32());
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task HealthReportsDocumentCountAndGeneration()
    {
        var health = await server.GetJsonAsync("/api/health");

        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.Equal(5, health.GetProperty("documents").GetInt32());
        Assert.True(health.GetProperty("generation").GetInt64() > 0);
    }

    private async Task<string> TextOf(string seed) =>
        (await server.GetJsonAsync("/api/documents/" + SeedCorpusServer.IdOf(seed))).GetProperty("text").GetString()!;
}
