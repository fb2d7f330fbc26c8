using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ChiBo.SearchApi.Tests.Support;
using ChiBo.TestSupport;

namespace ChiBo.SearchApi.Tests.Apis;

/// <summary>POST /api/documents and POST /api/ingest: API key, statuses, per-line results.</summary>
public sealed class IngestApiTests(EmptyCorpusServer server) : IClassFixture<EmptyCorpusServer>
{
    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task WriteWithoutTheRightKeyIsUnauthorized(string? key)
    {
        using var response = await Send("/api/documents", Article("Bài không có khóa"), key);

        Assert.Equal(401, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task PostedArticleIsCreatedThenUnchangedAndSearchable()
    {
        var seedText = File.ReadAllText(RepositoryPaths.CorpusFile("003"));
        var body = JsonSerializer.Serialize(new { text = seedText, url = "https://example.vn/hong-linh" });

        using var first = await Send("/api/documents", body, ChiboServer.ApiKey);
        var created = JsonDocument.Parse(await first.Content.ReadAsStringAsync()).RootElement;
        using var second = await Send("/api/documents", body, ChiboServer.ApiKey);
        var unchanged = JsonDocument.Parse(await second.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(201, (int)first.StatusCode);
        Assert.Equal("created", created.GetProperty("status").GetString());
        Assert.Equal(200, (int)second.StatusCode);
        Assert.Equal("unchanged", unchanged.GetProperty("status").GetString());
        var id = created.GetProperty("id").GetString();
        Assert.Equal(id, unchanged.GetProperty("id").GetString());
        var search = await server.GetJsonAsync("/api/search?q=" + Uri.EscapeDataString("Kết luận 33-KL/ThU"));
        Assert.Equal(id, search.GetProperty("hits")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task BatchReportsEveryLineAndABrokenLineFailsAlone()
    {
        var ndjson = string.Join('\n',
            Article("Huyện ủy Yên Lạc triển khai Nghị quyết số 07-NQ/HU về chuyển đổi số"),
            "{ this is not json",
            Article("Thành ủy Hà Nội ban hành Chỉ thị số 30-CT/TU về cải cách hành chính"));

        using var response = await Send("/api/ingest", ndjson, ChiboServer.ApiKey, "application/x-ndjson");
        var result = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(200, (int)response.StatusCode);
        var lines = result.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(3, lines.Count);
        Assert.Equal(["created", "failed", "created"], lines.Select(l => l.GetProperty("status").GetString()));
        Assert.Equal(2, lines[1].GetProperty("line").GetInt32());
        Assert.False(string.IsNullOrEmpty(lines[1].GetProperty("error").GetString()));
    }

    [Fact]
    public async Task ARepublishedCopyIsADuplicateOfTheFirstAndNoSecondHit()
    {
        const string Body =
            "Sáng 9/5, Đảng ủy xã Đồng Thịnh tổ chức hội nghị sơ kết ba năm thực hiện Nghị quyết số 14-NQ/ĐU về phát triển kinh tế trang trại. " +
            "Đến nay toàn xã có 37 trang trại chăn nuôi và trồng cây ăn quả, tạo việc làm ổn định cho hơn 400 lao động địa phương với thu nhập bình quân 7 triệu đồng mỗi tháng. " +
            "Nhiều đảng viên đi đầu chuyển đổi diện tích lúa kém hiệu quả sang trồng bưởi, nuôi cá, góp phần nâng thu nhập bình quân đầu người của xã lên 62 triệu đồng mỗi năm. " +
            "Hội nghị chỉ ra những hạn chế như vốn đầu tư còn ít, liên kết tiêu thụ sản phẩm chưa bền vững, một số trang trại chưa bảo đảm vệ sinh môi trường. " +
            "Đồng chí Bí thư Đảng ủy đề nghị các chi bộ tiếp tục tuyên truyền, vận động nhân dân mạnh dạn đầu tư, liên kết với doanh nghiệp xây dựng chuỗi giá trị nông sản an toàn.";
        var original = JsonSerializer.Serialize(new { title = "Đồng Thịnh sơ kết Nghị quyết 14-NQ/ĐU", text = "Đồng Thịnh sơ kết Nghị quyết 14-NQ/ĐU\n\n" + Body });
        var copy = JsonSerializer.Serialize(new { title = "Phát triển kinh tế trang trại ở Đồng Thịnh", text = "Phát triển kinh tế trang trại ở Đồng Thịnh\n\n" + Body + "\n\nTheo Báo Phú Thọ điện tử." });

        using var first = await Send("/api/documents", original, ChiboServer.ApiKey);
        var created = JsonDocument.Parse(await first.Content.ReadAsStringAsync()).RootElement;
        using var second = await Send("/api/documents", copy, ChiboServer.ApiKey);
        var duplicate = JsonDocument.Parse(await second.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal("created", created.GetProperty("status").GetString());
        Assert.Equal(200, (int)second.StatusCode);
        Assert.Equal("duplicate", duplicate.GetProperty("status").GetString());
        Assert.Equal(created.GetProperty("id").GetString(), duplicate.GetProperty("duplicateOf").GetString());
        var stored = await server.GetJsonAsync("/api/documents/" + duplicate.GetProperty("id").GetString());
        Assert.Equal(created.GetProperty("id").GetString(), stored.GetProperty("duplicateOf").GetString());
        var search = await server.GetJsonAsync("/api/search?q=" + Uri.EscapeDataString("\"kinh tế trang trại\" Đồng Thịnh"));
        Assert.Equal(1, search.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task BodyThatIsNotAnObjectIsABadRequest()
    {
        using var response = await Send("/api/documents", "[1,2,3]", ChiboServer.ApiKey);

        Assert.Equal(400, (int)response.StatusCode);
    }

    private static string Article(string sentence) => JsonSerializer.Serialize(new
    {
        title = sentence,
        published = "2024-03-01",
        text = sentence + ". Ban Thường vụ yêu cầu các chi bộ, đảng bộ cơ sở quán triệt, tổ chức thực hiện nghiêm túc, " +
               "định kỳ báo cáo kết quả thực hiện về Ban Thường vụ; tỷ lệ đảng viên tham gia học tập đạt trên 95%.",
    });

    private async Task<HttpResponseMessage> Send(string path, string body, string? key, string mediaType = "application/json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue(mediaType)),
        };
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        return await server.Http.SendAsync(request);
    }
}
