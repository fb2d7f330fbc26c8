using System.Text.Json;
using ChiBo.SearchApi.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChiBo.SearchApi.Tests.Browser;

/// <summary>The search view (wwwroot/js/views/search-view.js) in Chromium over the seed corpus.</summary>
[Collection(SeedCorpusCollection.Name)]
public sealed class SearchViewTests(SeedCorpusServer server, ChromiumBrowser chromium) : SeedCorpusBrowserTests(server, chromium)
{
    [Fact]
    public async Task SearchShowsHitsWithTheServersMarkedSnippets()
    {
        await using var tab = await NewTabAsync();
        var page = tab.Page;
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Searchbox).FillAsync("sinh hoạt chi bộ");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tìm", Exact = true }).ClickAsync();

        var api = await Server.GetJsonAsync("/api/search?q=" + Uri.EscapeDataString("sinh hoạt chi bộ"));
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"\?q=sinh"));
        await Expect(page.Locator("#main[aria-busy]")).ToHaveCountAsync(0);
        await Expect(page.Locator(".hit")).ToHaveCountAsync(api.GetProperty("hits").GetArrayLength());
        var first = api.GetProperty("hits")[0];
        await Expect(page.Locator(".hit h2").First).ToHaveTextAsync(first.GetProperty("title").GetString()!);
        var marks = page.Locator(".hit .snippet mark");
        await Expect(marks.First).ToBeVisibleAsync();
        Assert.Contains("chi bộ", (await marks.AllTextContentsAsync()).Select(m => m.ToLowerInvariant()));
        await tab.ScreenshotAsync();
        tab.AssertNoErrors();
    }

    [Fact]
    public async Task ClickingAProvinceFacetNarrowsTheResultsAndBackRestoresThem()
    {
        await using var tab = await NewTabAsync();
        var page = tab.Page;
        await page.GotoAsync("/?q=" + Uri.EscapeDataString("chi bộ"));
        var all = await HitTitlesAsync(page);

        var facet = page.Locator("a[data-facet=province]").First;
        var province = await facet.GetAttributeAsync("data-value");
        await facet.ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("province="));
        await Expect(page.Locator("a[data-facet=province][aria-current=true]")).ToHaveAttributeAsync("data-value", province!);
        var narrowed = await Server.GetJsonAsync($"/api/search?q={Uri.EscapeDataString("chi bộ")}&province={Uri.EscapeDataString(province!)}");
        await Expect(page.Locator(".hit")).ToHaveCountAsync(narrowed.GetProperty("hits").GetArrayLength());
        Assert.True(narrowed.GetProperty("total").GetInt32() < all.Count, "the facet should narrow the result");
        foreach (var meta in await page.Locator(".hit .meta").AllTextContentsAsync())
        {
            Assert.Contains(province!, meta, StringComparison.Ordinal);
        }

        await Expect(page.Locator(".active-filters a")).ToContainTextAsync(province!);
        await tab.ScreenshotAsync();

        await page.GoBackAsync();
        await Expect(page.Locator(".hit")).ToHaveCountAsync(all.Count);
        await Expect(page.Locator("a[data-facet=province][aria-current=true]")).ToHaveCountAsync(0);
        tab.AssertNoErrors();
    }

    [Fact]
    public async Task DiacriticFreeQueryOffersDidYouMeanThatRunsTheAccentedQuery()
    {
        await using var tab = await NewTabAsync();
        var page = tab.Page;
        await page.GotoAsync("/?q=nghi+quyet");
        var suggestion = (await Server.GetJsonAsync("/api/search?q=nghi+quyet")).GetProperty("didYouMean").GetString();
        Assert.False(string.IsNullOrEmpty(suggestion), "the API should suggest an accented query");

        var link = page.GetByTestId("did-you-mean");
        await Expect(page.Locator(".did-you-mean")).ToContainTextAsync("Ý bạn là");
        await Expect(link).ToHaveTextAsync(suggestion!);
        await tab.ScreenshotAsync();
        await link.ClickAsync();

        await Expect(page.GetByRole(AriaRole.Searchbox)).ToHaveValueAsync(suggestion!);
        Assert.Equal(suggestion, new Uri(page.Url).GetComponents(UriComponents.Query, UriFormat.Unescaped).Replace("q=", "", StringComparison.Ordinal).Replace('+', ' '));
        tab.AssertNoErrors();
    }

    [Fact]
    public async Task ShareableUrlReopensTheSameSearchOnReload()
    {
        await using var tab = await NewTabAsync();
        var page = tab.Page;
        var facets = (await Server.GetJsonAsync("/api/search?q=" + Uri.EscapeDataString("chi bộ"))).GetProperty("facets");
        var year = facets.GetProperty("year")[0].GetProperty("value").GetString()!;
        var url = $"/?q={Uri.EscapeDataString("chi bộ")}&year={year}&sort=date";
        await page.GotoAsync(url);
        var before = await HitTitlesAsync(page);

        await page.ReloadAsync();

        Assert.Equal(before, await HitTitlesAsync(page));
        await Expect(page.GetByRole(AriaRole.Searchbox)).ToHaveValueAsync("chi bộ");
        await Expect(page.Locator("a[data-facet=year][aria-current=true]")).ToHaveAttributeAsync("data-value", year);
        await Expect(page.Locator("#sort")).ToHaveValueAsync("date");
        var expected = (await Server.GetJsonAsync("/api/search" + url[1..])).GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("title").GetString()!).ToList();
        Assert.Equal(expected, before);
        await tab.ScreenshotAsync();
        tab.AssertNoErrors();
    }

    [Fact]
    public async Task SortingByDatePutsTheNewestArticleFirst()
    {
        await using var tab = await NewTabAsync();
        var page = tab.Page;
        await page.GotoAsync("/?q=" + Uri.EscapeDataString("chi bộ"));
        await page.Locator(".hit").First.WaitForAsync();

        await page.Locator("#sort").SelectOptionAsync("date");

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("sort=date"));
        await Expect(page.Locator("#main[aria-busy]")).ToHaveCountAsync(0);
        var dates = (await page.Locator(".hit time").EvaluateAllAsync<string[]>("ts => ts.map(t => t.getAttribute('datetime'))")).ToList();
        Assert.True(dates.Count > 1, "several dated hits expected");
        Assert.Equal(dates.OrderByDescending(d => d, StringComparer.Ordinal).ToList(), dates);
        tab.AssertNoErrors();
    }

    [Fact]
    public async Task TheHomePageListsTheNewestArticlesFirst()
    {
        await using var tab = await NewTabAsync();
        var page = tab.Page;

        await page.GotoAsync("/");

        await Expect(page.Locator("#sort")).ToHaveValueAsync("date");
        var expected = (await Server.GetJsonAsync("/api/search?sort=date")).GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("title").GetString()!).ToList();
        Assert.Equal(expected, await HitTitlesAsync(page));
        await tab.ScreenshotAsync();
        tab.AssertNoErrors();
    }

    [Fact]
    public async Task ADateRangeKeepsOnlyArticlesPublishedInIt()
    {
        await using var tab = await NewTabAsync();
        var page = tab.Page;
        var dated = (await Server.GetJsonAsync("/api/search?sort=date")).GetProperty("hits").EnumerateArray()
            .Select(h => h.GetProperty("published").GetString()![..10]).ToList();
        var from = dated[^1];
        var to = dated[dated.Count / 2];
        await page.GotoAsync("/");

        await page.GetByLabel("Từ ngày").FillAsync(from);
        await page.GetByLabel("Đến ngày").FillAsync(to);
        await page.GetByRole(AriaRole.Button, new() { Name = "Lọc theo ngày" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"from={from}&to={to}"));
        var expected = (await Server.GetJsonAsync($"/api/search?sort=date&from={from}&to={to}")).GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("title").GetString()!).ToList();
        Assert.True(expected.Count < dated.Count, "the range should leave some articles out");
        await Expect(page.Locator(".hit")).ToHaveCountAsync(expected.Count);
        Assert.Equal(expected, await HitTitlesAsync(page));
        await Expect(page.Locator(".active-filters")).ToContainTextAsync("Từ ngày");
        tab.AssertNoErrors();
    }

    [Fact]
    public async Task BackFromAnArticleReturnsToTheSamePlaceInTheResults()
    {
        await using var tab = await NewTabAsync(phone: true);
        var page = tab.Page;
        await page.GotoAsync("/?q=" + Uri.EscapeDataString("chi bộ"));
        var last = page.Locator(".hit h2 a").Last;
        await last.ScrollIntoViewIfNeededAsync();
        var scrolled = await page.EvaluateAsync<double>("() => window.scrollY");
        Assert.True(scrolled > 0, "the result list should be longer than a phone screen");

        await last.ClickAsync();
        await Expect(page.Locator(".article-text")).ToBeVisibleAsync();
        await Expect(page.Locator("#main[aria-busy]")).ToHaveCountAsync(0);
        Assert.Equal(0, await page.EvaluateAsync<double>("() => window.scrollY"));
        await page.GoBackAsync();

        await Expect(page.Locator(".hit").First).ToBeVisibleAsync();
        await page.WaitForFunctionAsync("y => Math.abs(window.scrollY - y) < 2", scrolled);
        tab.AssertNoErrors();
    }

    [Fact]
    public async Task PaginationOpensTheNextPageOfHits()
    {
        await using var tab = await NewTabAsync();
        var page = tab.Page;
        await page.GotoAsync("/?size=2&sort=date");
        var first = await HitTitlesAsync(page);

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Phân trang" }).GetByRole(AriaRole.Link, new() { Name = "Trang 2" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("page=2"));
        await Expect(page.Locator(".pagination [aria-current=page]")).ToHaveTextAsync("2");
        var second = (await Server.GetJsonAsync("/api/search?size=2&page=2&sort=date")).GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("title").GetString()!).ToList();
        Assert.Equal(second, await HitTitlesAsync(page));
        Assert.Empty(first.Intersect(second));
        tab.AssertNoErrors();
    }

    [Fact]
    public async Task MalformedQueryShowsTheServersExplanation()
    {
        await using var tab = await NewTabAsync();
        var page = tab.Page;
        using var response = await Server.Http.GetAsync(new Uri("/api/search?q=" + Uri.EscapeDataString("chi bộ OR"), UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        var detail = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString()!;

        await page.GotoAsync("/?q=" + Uri.EscapeDataString("chi bộ OR"));

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync(detail);
        tab.AssertNoErrors();
    }

    [Fact]
    public async Task SyntaxHelpOpensFromTheButtonAndClosesWithEscape()
    {
        await using var tab = await NewTabAsync();
        var page = tab.Page;
        await page.GotoAsync("/");
        var help = page.Locator("#syntax-help");
        await Expect(help).ToBeHiddenAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Cú pháp" }).ClickAsync();

        await Expect(help).ToBeVisibleAsync();
        foreach (var operatorName in new[] { "cụm từ", "AND", "OR", "NOT", "locality:", "year:", "code:" })
        {
            await Expect(help).ToContainTextAsync(operatorName);
        }

        await tab.ScreenshotAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(help).ToBeHiddenAsync();
    }

    [Fact]
    public async Task ASyntaxExampleGoesIntoTheSearchBoxAfterWhatWasTyped()
    {
        await using var tab = await NewTabAsync();
        var page = tab.Page;
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Searchbox).FillAsync("chi bộ");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cú pháp" }).ClickAsync();

        await page.Locator("#syntax-help button[data-example^='year:']").ClickAsync();

        await Expect(page.Locator("#syntax-help")).ToBeHiddenAsync();
        await Expect(page.GetByRole(AriaRole.Searchbox)).ToBeFocusedAsync();
        await Expect(page.GetByRole(AriaRole.Searchbox)).ToHaveValueAsync("chi bộ year:2019");
        tab.AssertNoErrors();
    }

    [Fact]
    public async Task PhoneWidthShowsTheResultsWithoutSidewaysScrolling()
    {
        await using var tab = await NewTabAsync(phone: true);
        var page = tab.Page;
        await page.GotoAsync("/?q=" + Uri.EscapeDataString("chi bộ"));
        await page.Locator(".hit").First.WaitForAsync();

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");

        Assert.True(overflow <= 0, $"the page is {overflow}px wider than the phone screen");
        await tab.ScreenshotAsync();
        tab.AssertNoErrors();
    }

    private static async Task<List<string>> HitTitlesAsync(IPage page)
    {
        // The view marks itself busy from the URL change until its new content is in place.
        await Expect(page.Locator("#main[aria-busy]")).ToHaveCountAsync(0);
        await page.Locator(".results .count").WaitForAsync();
        return [.. await page.Locator(".hit h2").AllTextContentsAsync()];
    }
}
