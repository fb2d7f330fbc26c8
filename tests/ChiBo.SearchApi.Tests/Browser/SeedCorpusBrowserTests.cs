using ChiBo.SearchApi.Tests.Support;

namespace ChiBo.SearchApi.Tests.Browser;

/// <summary>
/// What every browser test shares: the real server over the seed corpus and one Chromium per test class, and a tab
/// opened on that server (desktop, or a phone's viewport).
/// </summary>
public abstract class SeedCorpusBrowserTests(SeedCorpusServer server, ChromiumBrowser chromium) : IClassFixture<ChromiumBrowser>
{
    protected SeedCorpusServer Server => server;

    /// <summary>A new tab whose relative URLs go to <see cref="Server"/>; dispose it to close the tab and keep its screenshot.</summary>
    protected Task<BrowserPage> NewTabAsync(bool phone = false) => chromium.NewPageAsync(server.Http.BaseAddress!, phone);
}
