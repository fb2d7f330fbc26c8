using System.Text.Json;
using ChiBo.SearchApi.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChiBo.SearchApi.Tests.Browser;

/// <summary>The reference pages (wwwroot/js/views/reference-view.js) in Chromium.</summary>
[Collection(SeedCorpusCollection.Name)]
public sealed class ReferenceViewTests(SeedCorpusServer server, ChromiumBrowser chromium) : SeedCorpusBrowserTests(server, chromium)
{
    [Fact]
    public async Task AContractShapedReferenceListsEveryCitingArticleNewestFirstWithATimeline()
    {
        await using var tab = await NewTabAsync();
        var page = tab.Page;
        await ContractResponses.AnswerAsync(page, "**/api/references/*", "reference-06-NQ-HU.json");
        var reference = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Browser", "reference-06-NQ-HU.json"))).RootElement;
        var mentions = reference.GetProperty("mentions").EnumerateArray().ToList();

        await page.GotoAsync("/references/" + reference.GetProperty("id").GetString());

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Nghị quyết 06-NQ/HU");
        await Expect(page.Locator(".hit")).ToHaveCountAsync(mentions.Count);
        var newest = mentions.MaxBy(m => m.GetProperty("published").GetString(), StringComparer.Ordinal);
        await Expect(page.Locator(".hit h3").First).ToHaveTextAsync(newest.GetProperty("title").GetString()!);
        var years = mentions.Select(m => m.GetProperty("published").GetString()![..4]).Distinct().Count();
        await Expect(page.Locator(".timeline rect.bar")).Not.ToHaveCountAsync(0);
        Assert.True(await page.Locator(".timeline rect.bar").CountAsync() >= years);
        await tab.ScreenshotAsync();
        tab.AssertNoErrors();
    }

    [Fact]
    public async Task TheReferencePageUsesTheServersEndpointOrSaysThereIsNoDataYet()
    {
        await using var tab = await NewTabAsync();
        var page = tab.Page;
        using var list = await Server.Http.GetAsync(new Uri("/api/references?code=" + Uri.EscapeDataString("06-NQ/HU"), UriKind.Relative));

        await page.GotoAsync("/documents/" + SeedCorpusServer.IdOf("000"));
        var link = page.Locator("a[data-reference-link]").First;

        if (list.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            // Until the reference pages exist, references lead to a search for their code.
            await Expect(link).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex(@"^/\?q=code"));
            await page.GotoAsync("/references/06-NQ-HU");
            await Expect(page.Locator("[data-state=unavailable]")).ToContainTextAsync("Chưa có dữ liệu");
        }
        else
        {
            Assert.True(list.IsSuccessStatusCode, $"/api/references answered {(int)list.StatusCode}");
            await Expect(page.Locator("a[data-reference-link][href^='/references/']").First).ToBeVisibleAsync();
            await page.Locator("a[data-reference-link][href^='/references/']").First.ClickAsync();
            await Expect(page.Locator(".hit").First).ToBeVisibleAsync();
        }

        await tab.ScreenshotAsync();
        tab.AssertNoErrors();
    }

    [Fact]
    public async Task AnArticlesReferenceLeadsToTheRealReferencePageOfTheSameDocumentFromTheSameDistrict()
    {
        await using var tab = await NewTabAsync();
        var page = tab.Page;
        var doc = await Server.GetJsonAsync("/api/documents/" + SeedCorpusServer.IdOf("000"));
        var references = doc.GetProperty("references").EnumerateArray().ToList();
        var index = references.FindIndex(r => r.GetProperty("code").GetString() == "06-NQ/HU");
        var id = references[index].GetProperty("referenceId").GetString()!;
        var entry = await Server.GetJsonAsync("/api/references/" + id);
        var citing = entry.GetProperty("mentions").EnumerateArray().Count();

        await page.GotoAsync("/documents/" + SeedCorpusServer.IdOf("000"));
        await page.Locator($"#ann-ref-{index}").ClickAsync();
        await Expect(page.Locator($"a[data-reference-link='{index}']")).ToHaveAttributeAsync("href", "/references/" + id);
        await page.Locator($"a[data-reference-link='{index}']").ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/references/" + id + "$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Nghị quyết 06-NQ/HU");
        await Expect(page.Locator("dl.metadata")).ToContainTextAsync("Yên Lạc");
        await Expect(page.Locator("dl.metadata")).ToContainTextAsync("khóa XIX");
        await Expect(page.Locator(".hit")).ToHaveCountAsync(citing);
        await Expect(page.Locator("#mentions-title")).ToHaveTextAsync("1 bài viết trích dẫn");
        await tab.ScreenshotAsync();
        await page.GoBackAsync();
        await Expect(page.Locator($"#ann-ref-{index}")).ToBeVisibleAsync();
        tab.AssertNoErrors();
    }

    [Fact]
    public async Task TheRealReferenceListNamesUnnumberedResolutionsByTheirWords()
    {
        await using var tab = await NewTabAsync();
        var page = tab.Page;

        await page.GotoAsync("/references?q=" + Uri.EscapeDataString("trung uong 4"));

        var rows = page.Locator("main table tbody tr");
        await Expect(rows.First).ToBeVisibleAsync();
        await Expect(page.Locator("main table tbody")).ToContainTextAsync("Nghị quyết Trung ương 4 (khóa XII)");
        await tab.ScreenshotAsync();
        tab.AssertNoErrors();
    }

    [Fact]
    public async Task TheReferenceListShowsEachDocumentWithItsMentionCount()
    {
        await using var tab = await NewTabAsync();
        var page = tab.Page;
        await ContractResponses.AnswerAsync(page, new System.Text.RegularExpressions.Regex(@"/api/references(\?.*)?$"), "references-06-NQ-HU.json");
        var items = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Browser", "references-06-NQ-HU.json"))).RootElement.GetProperty("items");

        await page.GotoAsync("/references");
        await page.GetByLabel("Số hiệu").FillAsync("06-NQ/HU");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lọc" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/references\?code=06-NQ%2FHU$"));
        var rows = page.Locator("main table tbody tr");
        await Expect(rows).ToHaveCountAsync(items.GetArrayLength());
        await Expect(rows.Nth(1)).ToContainTextAsync(items[1].GetProperty("issuerLocality").GetString()!);
        await Expect(rows.Nth(1).Locator("td.number")).ToHaveTextAsync(items[1].GetProperty("mentions").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture));
        await tab.ScreenshotAsync();
        tab.AssertNoErrors();
    }
}
