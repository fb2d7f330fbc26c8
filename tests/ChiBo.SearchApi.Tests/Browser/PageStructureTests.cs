using ChiBo.SearchApi.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChiBo.SearchApi.Tests.Browser;

/// <summary>What every view owes keyboard and screen-reader users, checked in Chromium on each of the page's views.</summary>
[Collection(SeedCorpusCollection.Name)]
public sealed class PageStructureTests(SeedCorpusServer server, ChromiumBrowser chromium) : SeedCorpusBrowserTests(server, chromium)
{
    public static TheoryData<string> Views => new()
    {
        "/",
        "/?q=" + Uri.EscapeDataString("chi bộ"),
        "/documents/" + SeedCorpusServer.IdOf("004"),
        "/references",
        "/references/06-NQ-HU",
        "/compare",
        "/api-docs",
    };

    [Theory]
    [MemberData(nameof(Views))]
    public async Task EveryViewHasOneHeadingLabelledControlsAndUniqueIds(string url)
    {
        await using var tab = await NewTabAsync();
        var page = tab.Page;

        await page.GotoAsync(url);
        await Expect(page.Locator("#main[aria-busy]")).ToHaveCountAsync(0);
        await Expect(page.Locator("main h1")).ToHaveCountAsync(1);

        var problems = await page.EvaluateAsync<string[]>("""
            () => {
              const problems = [];
              const ids = [...document.querySelectorAll('[id]')].map(e => e.id);
              ids.filter((id, i) => ids.indexOf(id) !== i).forEach(id => problems.push(`duplicate id ${id}`));
              for (const control of document.querySelectorAll('input, select, textarea')) {
                if (!control.labels?.length && !control.getAttribute('aria-label')) problems.push(`unlabelled ${control.outerHTML}`);
              }
              for (const link of document.querySelectorAll('a[href], button')) {
                if (!(link.textContent.trim() || link.getAttribute('aria-label'))) problems.push(`nameless ${link.outerHTML}`);
              }
              for (const img of document.querySelectorAll('svg[role=img]')) {
                if (!img.getAttribute('aria-label')) problems.push('chart without a name');
              }
              return problems;
            }
            """);

        Assert.Empty(problems);
        Assert.Equal("vi", await page.GetAttributeAsync("html", "lang"));
        tab.AssertNoErrors();
    }

    [Fact]
    public async Task TheKeyboardReachesTheSearchBoxAndAResultFromTheTopOfThePage()
    {
        await using var tab = await NewTabAsync();
        var page = tab.Page;
        await page.GotoAsync("/");
        await page.Locator(".hit").First.WaitForAsync();

        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator(".skip-link")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Searchbox)).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("chi bộ");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"\?q=chi"));
        var first = page.Locator(".hit h2 a").First;
        await first.FocusAsync();
        var title = await first.TextContentAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title!);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeFocusedAsync();
        tab.AssertNoErrors();
    }
}
