using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ChiBo.SearchApi.Tests.Support;

namespace ChiBo.SearchApi.Tests.Hosting;

/// <summary>Hosting/ResponseCaching.cs: repeated reads are served from the cache, and a write is never hidden by it.</summary>
public sealed class ResponseCachingTests(EmptyCorpusServer server) : IClassFixture<EmptyCorpusServer>
{
    [Fact]
    public async Task ARepeatedSearchIsAnsweredFromTheCache()
    {
        const string url = "/api/search?q=b%E1%BA%A5t+k%E1%BB%B3&size=5";

        using var first = await server.Http.GetAsync(new Uri(url, UriKind.Relative));
        using var second = await server.Http.GetAsync(new Uri(url, UriKind.Relative));

        Assert.False(first.Headers.Age.HasValue, "the first answer is computed");
        Assert.True(second.Headers.Age.HasValue, "the second answer comes from the cache");
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal("nosniff", second.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task AnArticleWrittenAfterASearchIsFoundByTheSameSearch()
    {
        var url = "/api/search?q=" + Uri.EscapeDataString("Nghị quyết số 31-NQ/HU");
        var before = await server.GetJsonAsync(url);

        using var post = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/documents", UriKind.Relative))
        {
            Content = new StringContent(JsonSerializer.Serialize(new
            {
                title = "Huyện ủy Tam Dương triển khai Nghị quyết số 31-NQ/HU",
                published = "2024-05-02",
                text = "Huyện ủy Tam Dương triển khai Nghị quyết số 31-NQ/HU về xây dựng chi bộ thôn vững mạnh. " +
                       "Ban Thường vụ yêu cầu các chi bộ, đảng bộ cơ sở quán triệt, tổ chức thực hiện nghiêm túc và định kỳ báo cáo kết quả.",
            }), Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        post.Headers.Add("X-Api-Key", ChiboServer.ApiKey);
        using var created = await server.Http.SendAsync(post);
        var after = await server.GetJsonAsync(url);

        Assert.Equal(0, before.GetProperty("total").GetInt32());
        Assert.Equal(201, (int)created.StatusCode);
        Assert.Equal(1, after.GetProperty("total").GetInt32());
    }
}
