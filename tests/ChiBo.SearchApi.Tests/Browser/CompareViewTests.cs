using System.Text.Json;
using ChiBo.SearchApi.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChiBo.SearchApi.Tests.Browser;

/// <summary>The comparison view (wwwroot/js/views/compare-view.js) in Chromium.</summary>
[Collection(SeedCorpusCollection.Name)]
public sealed class CompareViewTests(SeedCorpusServer server, ChromiumBrowser chromium) : SeedCorpusBrowserTests(server, chromium)
{
    private const string Metric = "members.rated_good_or_better_rate";

    [Fact]
    public async Task AContractShapedComparisonIsDrawnAsTableAndBarChartWithQualifiersAndDerivedMarks()
    {
        await using var tab = await NewTabAsync();
        var page = tab.Page;
        await ContractResponses.AnswerAsync(page, "**/api/metrics", "metrics.json");
        await ContractResponses.AnswerAsync(page, "**/api/compare?*", "compare-members-rated-good-or-better.json", r => !r.Request.Url.Contains("format=csv", StringComparison.Ordinal));
        var rows = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Browser", "compare-members-rated-good-or-better.json")))
            .RootElement.GetProperty("rows");

        await page.GotoAsync("/compare");
        await page.Locator("#metric").SelectOptionAsync(Metric);

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("metric=" + Metric.Replace(".", "\\.", StringComparison.Ordinal)));
        await Expect(page.Locator("svg.bar-chart rect.bar")).ToHaveCountAsync(rows.GetArrayLength());
        await Expect(page.Locator("svg.bar-chart rect.derived")).ToHaveCountAsync(rows.EnumerateArray().Count(r => r.GetProperty("derived").GetBoolean()));
        await Expect(page.Locator("table.comparison tbody tr")).ToHaveCountAsync(rows.GetArrayLength());
        await Expect(page.Locator("table.comparison")).ToContainTextAsync("trên 91%");
        await Expect(page.Locator("table.comparison")).ToContainTextAsync("khoảng 88%");
        await Expect(page.Locator("svg.bar-chart")).ToContainTextAsync("trên 91%");
        await Expect(page.Locator("table.comparison tr.derived .badge")).ToHaveTextAsync("suy ra");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Tải CSV" })).ToHaveAttributeAsync("href", $"/api/compare?metric={Metric}&format=csv");
        await tab.ScreenshotAsync();
        tab.AssertNoErrors();
    }

    [Fact]
    public async Task SortingByValuePutsTheLargestFirst()
    {
        await using var tab = await NewTabAsync();
        var page = tab.Page;
        await ContractResponses.AnswerAsync(page, "**/api/metrics", "metrics.json");
        await ContractResponses.AnswerAsync(page, "**/api/compare?*", "compare-members-rated-good-or-better.json");
        await page.GotoAsync("/compare?metric=" + Metric);

        await page.GetByRole(AriaRole.Link, new() { Name = "Giá trị" }).ClickAsync();

        await Expect(page.Locator("th[aria-sort=descending]")).ToHaveTextAsync("Giá trị");
        var localities = await page.Locator("table.comparison tbody th").AllTextContentsAsync();
        Assert.StartsWith("thành phố Bến Tre", localities[0], StringComparison.Ordinal);
        Assert.StartsWith("huyện Mê Linh", localities[^1], StringComparison.Ordinal);
        tab.AssertNoErrors();
    }

    [Fact]
    public async Task TheRealServersComparisonShowsYenLacSongLoAndBenTreDerivedFromItsParts()
    {
        await using var tab = await NewTabAsync();
        var page = tab.Page;

        await page.GotoAsync("/compare?metric=" + Metric);

        var rows = page.Locator("table.comparison tbody tr");
        await Expect(rows).ToHaveCountAsync(3);
        await Expect(page.Locator("svg.bar-chart rect.bar")).ToHaveCountAsync(3);
        await Expect(page.Locator("svg.bar-chart rect.derived")).ToHaveCountAsync(1);
        await Expect(rows.Filter(new() { HasText = "huyện Yên Lạc" }).Locator("td.number")).ToHaveTextAsync("85%");
        await Expect(rows.Filter(new() { HasText = "huyện Sông Lô" }).Locator("td.number")).ToHaveTextAsync("trên 88%");
        var benTre = rows.Filter(new() { HasText = "thành phố Bến Tre" });
        await Expect(benTre).ToHaveClassAsync("derived");
        await Expect(benTre.Locator("td.number")).ToContainTextAsync("93,27%");
        await Expect(benTre.Locator(".derived-from")).ToContainTextAsync("từ 16,28% + 76,99%");
        await Expect(benTre.GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", "/documents/" + SeedCorpusServer.IdOf("004"));

        var href = await page.GetByRole(AriaRole.Link, new() { Name = "Tải CSV" }).GetAttributeAsync("href") ?? "";
        var csv = await page.APIRequest.GetAsync(new Uri(Server.Http.BaseAddress!, href).ToString());
        Assert.Equal(200, csv.Status);
        Assert.Equal(3, ChiBo.TestSupport.CsvRows.Parse(await csv.BodyAsync()).Count);
        await tab.ScreenshotAsync();
        tab.AssertNoErrors();
    }

    [Fact]
    public async Task APeriodKeepsTheFiguresCoveringItInTheTableTheLinksAndTheCsv()
    {
        await using var tab = await NewTabAsync();
        var page = tab.Page;

        await page.GotoAsync($"/compare?metric={Metric}&period=2019");

        var rows = page.Locator("table.comparison tbody tr");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToContainTextAsync("huyện Yên Lạc");
        await Expect(page.Locator("#period")).ToHaveValueAsync("2019");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Giá trị" })).ToHaveAttributeAsync("href", $"/compare?metric={Metric}&period=2019&sort=value");
        var href = await page.GetByRole(AriaRole.Link, new() { Name = "Tải CSV" }).GetAttributeAsync("href") ?? "";
        Assert.Contains("period=2019", href, StringComparison.Ordinal);
        var csv = await page.APIRequest.GetAsync(new Uri(Server.Http.BaseAddress!, href).ToString());
        Assert.Single(ChiBo.TestSupport.CsvRows.Parse(await csv.BodyAsync()));

        await page.Locator("#period").FillAsync("2018");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lọc" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("period=2018"));
        await Expect(rows).ToHaveCountAsync(2);

        await page.Locator("#period").FillAsync("năm ngoái");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lọc" }).ClickAsync();
        await Expect(page.Locator("[data-state=invalid]")).ToContainTextAsync("Kỳ không hợp lệ");
        await tab.ScreenshotAsync();
        tab.AssertNoErrors();
    }

    [Fact]
    public async Task TheComparisonPageUsesTheServersEndpointsOrSaysThereIsNoDataYet()
    {
        await using var tab = await NewTabAsync();
        var page = tab.Page;
        using var metrics = await Server.Http.GetAsync(new Uri("/api/metrics", UriKind.Relative));

        await page.GotoAsync("/compare");

        if (metrics.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            await Expect(page.Locator("[data-state=unavailable]")).ToContainTextAsync("Chưa có dữ liệu");
        }
        else
        {
            Assert.True(metrics.IsSuccessStatusCode, $"/api/metrics answered {(int)metrics.StatusCode}");
            var first = (await Server.GetJsonAsync("/api/metrics")).ToString();
            await Expect(page.Locator("#metric option")).Not.ToHaveCountAsync(0);
            Assert.Contains(Metric, first, StringComparison.Ordinal);
            await page.Locator("#metric").SelectOptionAsync(Metric);
            await Expect(page.Locator("svg.bar-chart, [data-state]").First).ToBeVisibleAsync();
        }

        await tab.ScreenshotAsync();
        tab.AssertNoErrors();
    }
}
