using System.Text.Json;
using ChiBo.SearchApi.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace ChiBo.SearchApi.Tests.Browser;

/// <summary>wwwroot/js/highlight.js, run in Chromium: overlapping spans cut into runs that know every covering span.</summary>
[Collection(SeedCorpusCollection.Name)]
public sealed class HighlightTests(SeedCorpusServer server, ChromiumBrowser chromium) : SeedCorpusBrowserTests(server, chromium)
{
    private const string Text = "Theo Nghị quyết 06-NQ/HU và 90% chi bộ";

    [Fact]
    public async Task OverlappingSpansAreCutIntoRunsThatKnowEveryCoveringSpan()
    {
        await using var tab = await NewTabAsync();
        await tab.Page.GotoAsync("/");
        await Expect(tab.Page.Locator("#main[aria-busy]")).ToHaveCountAsync(0);

        // A reference [4, 20) with a code [12, 20) inside it, a figure [16, 24) straddling its end, and a span past the
        // end of the text, which is ignored.
        var runs = await tab.Page.EvaluateAsync<JsonElement>("""
            async text => {
              const { segment } = await import('/js/highlight.js');
              return segment(text, [{ start: 4, end: 20 }, { start: 12, end: 20 }, { start: 16, end: 24 }, { start: 30, end: 99 }]);
            }
            """, Text);

        var actual = runs.EnumerateArray()
            .Select(r => $"{r.GetProperty("start").GetInt32()}-{r.GetProperty("end").GetInt32()}:{string.Join(',', r.GetProperty("covering").EnumerateArray().Select(c => c.GetInt32()))}")
            .ToList();
        Assert.Equal(["0-4:", "4-12:0", "12-16:0,1", "16-20:0,1,2", "20-24:2", $"24-{Text.Length}:"], actual);
    }

    [Fact]
    public async Task SurrogatePairsKeepTheirUtf16Offsets()
    {
        await using var tab = await NewTabAsync();
        await tab.Page.GotoAsync("/");

        // "𝟏" is two UTF-16 code units, as in C#: the span after it starts at 2.
        var text = await tab.Page.EvaluateAsync<string>("""
            async () => {
              const { segment } = await import('/js/highlight.js');
              const text = '𝟏 Chỉ thị 05';
              const run = segment(text, [{ start: 2, end: 10 }]).find(r => r.covering.length);
              return text.slice(run.start, run.end);
            }
            """);

        Assert.Equal("𝟏 Chỉ thị 05"[2..10], text);
    }
}
