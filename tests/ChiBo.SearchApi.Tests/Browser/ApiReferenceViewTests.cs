using ChiBo.SearchApi.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChiBo.SearchApi.Tests.Browser;

/// <summary>The API reference view (wwwroot/js/views/api-reference-view.js) in Chromium, drawn from the server's OpenAPI document.</summary>
[Collection(SeedCorpusCollection.Name)]
public sealed class ApiReferenceViewTests(SeedCorpusServer server, ChromiumBrowser chromium) : SeedCorpusBrowserTests(server, chromium)
{
    [Fact]
    public async Task EveryApiOperationOfTheOpenApiDocumentHasASectionWithItsParameters()
    {
        var paths = (await Server.GetJsonAsync("/openapi/v1.json")).GetProperty("paths").EnumerateObject()
            .Where(p => p.Name.StartsWith("/api/", StringComparison.Ordinal))
            .SelectMany(p => p.Value.EnumerateObject().Select(m => $"{m.Name.ToUpperInvariant()} {p.Name}"))
            .ToList();
        await using var tab = await NewTabAsync();
        var page = tab.Page;

        await page.GotoAsync("/api-docs");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Tài liệu API");
        var headings = (await page.Locator(".api-operation h2").AllTextContentsAsync()).Select(t => t.Trim()).ToList();
        Assert.Equal(paths.Order(StringComparer.Ordinal), headings.Order(StringComparer.Ordinal));
        var search = page.Locator("#get-api-search");
        await Expect(search.Locator("table")).ToContainTextAsync("q");
        await Expect(search.Locator("table")).ToContainTextAsync("chuỗi truy vấn");
        await Expect(search.Locator(".api-responses")).ToContainTextAsync("400");
        await tab.ScreenshotAsync();
        tab.AssertNoErrors();
    }

    [Fact]
    public async Task TheFooterLinkOpensTheReferenceAndItsTableOfContentsJumpsToAnOperation()
    {
        await using var tab = await NewTabAsync();
        var page = tab.Page;
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Link, new() { Name = "Tài liệu API" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/api-docs$"));
        await page.Locator(".api-toc").GetByRole(AriaRole.Link, new() { Name = "GET /api/health" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/api-docs#get-api-health$"));
        await Expect(page.Locator("#get-api-health")).ToBeInViewportAsync();
        tab.AssertNoErrors();
    }
}
