using System.Net;
using ChiBo.SearchApi.Apis;
using ChiBo.SearchApi.Tests.Support;

namespace ChiBo.SearchApi.Tests.Browser;

/// <summary>Apis/WebPageApi.cs: every shareable view URL is answered with the page shell, and the page needs no CDN.</summary>
[Collection(SeedCorpusCollection.Name)]
public sealed class WebPageRoutesTests(SeedCorpusServer server)
{
    private static readonly string[] Urls =
    [
        "/",
        "/?q=nghi+quyet&province=V%C4%A9nh+Ph%C3%BAc&year=2019&page=1",
        "/documents/" + SeedCorpusServer.IdOf("000"),
        "/references",
        "/references/06-NQ%2FHU",
        "/compare?metric=members.total",
        "/api-docs",
    ];

    public static TheoryData<string> ViewUrls => [.. Urls];

    [Theory]
    [MemberData(nameof(ViewUrls))]
    public async Task EveryShareableViewUrlServesThePageShell(string url)
    {
        using var response = await server.Http.GetAsync(new Uri(url, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<script type=\"module\" src=\"/js/app.js\"></script>", html, StringComparison.Ordinal);
        Assert.Contains("no-cache", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void EveryRoutedViewIsServed() =>
        Assert.All(WebPageApi.ViewRoutes, route => Assert.Contains(Urls, url => url.StartsWith(route.Replace("{id}", "", StringComparison.Ordinal), StringComparison.Ordinal)));

    [Fact]
    public async Task ThePagesRoutesStayOutOfTheApiDescription()
    {
        var paths = (await server.GetJsonAsync("/openapi/v1.json")).GetProperty("paths");

        Assert.True(paths.TryGetProperty("/api/search", out _), "the API itself is described");
        Assert.All(WebPageApi.ViewRoutes, route => Assert.False(paths.TryGetProperty(route, out _), route + " is a page, not an API"));
    }

    [Fact]
    public async Task ThePageLoadsNothingFromAnotherOrigin()
    {
        var files = Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "wwwroot"), "*", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var text = await File.ReadAllTextAsync(file);
            Assert.DoesNotMatch(@"(src|href)\s*=\s*[""']?(https?:)?//", text);
            Assert.DoesNotContain("import('http", text, StringComparison.Ordinal);
            Assert.DoesNotContain("from 'http", text, StringComparison.Ordinal);
        }
    }
}
