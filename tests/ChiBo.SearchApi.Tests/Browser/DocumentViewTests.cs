using System.Text.Json;
using ChiBo.SearchApi.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChiBo.SearchApi.Tests.Browser;

/// <summary>The article view (wwwroot/js/views/document-view.js) in Chromium over the seed corpus.</summary>
[Collection(SeedCorpusCollection.Name)]
public sealed class DocumentViewTests(SeedCorpusServer server, ChromiumBrowser chromium) : SeedCorpusBrowserTests(server, chromium)
{
    [Fact]
    public async Task OpeningAnArticleFromTheResultsShowsAHighlightedReferenceWhoseRecordOpensOnClick()
    {
        await using var tab = await NewTabAsync();
        var page = tab.Page;
        await page.GotoAsync("/?q=" + Uri.EscapeDataString("06-NQ/HU"));
        await page.Locator(".hit h2 a").First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/documents/" + SeedCorpusServer.IdOf("000") + "$"));

        var doc = await Server.GetJsonAsync("/api/documents/" + SeedCorpusServer.IdOf("000"));
        var references = doc.GetProperty("references").EnumerateArray().ToList();
        var index = references.FindIndex(r => r.GetProperty("code").GetString() == "06-NQ/HU");
        Assert.True(index >= 0, "seed 000 cites 06-NQ/HU");
        var mark = page.Locator($"#ann-ref-{index}");
        await Expect(mark).ToBeVisibleAsync();
        Assert.Equal(references[index].GetProperty("text").GetString(), await HighlightedTextAsync(page, index));

        await mark.ClickAsync();

        var card = page.Locator("#details .record-card[data-kind=ref]").First;
        await Expect(card).ToBeVisibleAsync();
        await Expect(card).ToContainTextAsync("Số hiệu");
        await Expect(card).ToContainTextAsync("06-NQ/HU");
        await Expect(card.Locator("a.reference-link")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("06-NQ"));
        await tab.ScreenshotAsync();
        tab.AssertNoErrors();
    }

    [Fact]
    public async Task EveryHighlightCoversExactlyItsRecordsOffsets()
    {
        await using var tab = await NewTabAsync();
        var page = tab.Page;
        foreach (var seed in new[] { "000", "001", "002", "003", "004" })
        {
            var id = SeedCorpusServer.IdOf(seed);
            var doc = await Server.GetJsonAsync("/api/documents/" + id);
            await page.GotoAsync("/documents/" + id);
            await page.Locator(".article-text").WaitForAsync();

            var references = doc.GetProperty("references").EnumerateArray().ToList();
            var statistics = doc.GetProperty("statistics").EnumerateArray().ToList();
            var shown = await page.EvaluateAsync<JsonElement>(
                "() => [...document.querySelectorAll('mark[data-annotations]')].map(m => [m.dataset.annotations, m.textContent])");
            var byAnnotation = new Dictionary<int, string>();
            foreach (var run in shown.EnumerateArray())
            {
                foreach (var i in run[0].GetString()!.Split(' ').Select(int.Parse))
                {
                    byAnnotation[i] = byAnnotation.GetValueOrDefault(i, "") + run[1].GetString();
                }
            }

            var records = references.Concat(statistics).ToList();
            for (var i = 0; i < records.Count; i++)
            {
                // A record spanning a line break is shown in two paragraphs; the break itself is not highlighted.
                var expected = records[i].GetProperty("text").GetString()!.Replace("\n", "", StringComparison.Ordinal);
                Assert.Equal(expected, byAnnotation.GetValueOrDefault(i));
            }

            var paragraphs = await page.Locator(".article-text p").AllTextContentsAsync();
            var lines = doc.GetProperty("text").GetString()!.Split('\n').Where(l => l.Trim().Length > 0);
            Assert.Equal(lines, paragraphs);
        }

        tab.AssertNoErrors();
    }

    [Fact]
    public async Task AStatisticsRecordShowsItsQualifierWithTheValue()
    {
        await using var tab = await NewTabAsync();
        var page = tab.Page;
        var (id, index, statistic) = await FirstStatisticAsync(s => s.GetProperty("qualifier").GetString() == "over");
        await page.GotoAsync("/documents/" + id);

        var mark = page.Locator($"#ann-stat-{index}");
        await mark.ClickAsync();

        var card = page.Locator("#details .record-card[data-kind=stat]").First;
        await Expect(card).ToContainTextAsync("Giá trị");
        // "trên 90%" is not 90%: the qualifier travels with the value.
        await Expect(card.Locator("strong").First).ToContainTextAsync("trên");
        await Expect(card).ToContainTextAsync(statistic.GetProperty("metric").GetString()!);
        await tab.ScreenshotAsync();
        tab.AssertNoErrors();
    }

    [Fact]
    public async Task TheKeyboardOpensARecordFromAHighlight()
    {
        await using var tab = await NewTabAsync();
        var page = tab.Page;
        await page.GotoAsync("/documents/" + SeedCorpusServer.IdOf("000"));
        var mark = page.Locator("mark.ann-ref").First;
        await mark.FocusAsync();

        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator("#details .record-card").First).ToBeVisibleAsync();
        await Expect(page.Locator("mark.selected").First).ToBeVisibleAsync();
        tab.AssertNoErrors();
    }

    [Fact]
    public async Task OnAPhoneTheRecordOpensAsASheetOverTheText()
    {
        await using var tab = await NewTabAsync(phone: true);
        var page = tab.Page;
        await page.GotoAsync("/documents/" + SeedCorpusServer.IdOf("004"));
        await Expect(page.Locator("#details")).ToBeHiddenAsync();

        await page.Locator("mark.annotation").First.ClickAsync();

        await Expect(page.Locator("#details")).ToBeVisibleAsync();
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"the page is {overflow}px wider than the phone screen");
        await tab.ScreenshotAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Đóng chi tiết" }).ClickAsync();
        await Expect(page.Locator("#details")).ToBeHiddenAsync();
        tab.AssertNoErrors();
    }

    [Fact]
    public async Task AnUnknownArticleSaysSoInsteadOfFailing()
    {
        await using var tab = await NewTabAsync();
        var page = tab.Page;

        await page.GotoAsync("/documents/khong-co-bai-nay");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Không có bài viết này");
        tab.AssertNoErrors();
    }

    private async Task<(string Id, int Index, JsonElement Statistic)> FirstStatisticAsync(Func<JsonElement, bool> predicate)
    {
        foreach (var seed in new[] { "000", "001", "002", "003", "004" })
        {
            var id = SeedCorpusServer.IdOf(seed);
            var doc = await Server.GetJsonAsync("/api/documents/" + id);
            var statistics = doc.GetProperty("statistics").EnumerateArray().ToList();
            var index = statistics.FindIndex(s => predicate(s));
            if (index >= 0)
            {
                return (id, index, statistics[index]);
            }
        }

        Assert.Fail("no statistic in the seed corpus matches");
        return default;
    }

    private static Task<string> HighlightedTextAsync(IPage page, int annotation) =>
        page.EvaluateAsync<string>(
            "i => [...document.querySelectorAll(`mark[data-annotations~=\"${i}\"]`)].map(m => m.textContent).join('')", annotation);
}
