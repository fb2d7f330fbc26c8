using ChiBo.TestSupport;
using Microsoft.Playwright;

namespace ChiBo.SearchApi.Tests.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright, launched once for the browser tests. Never a downloaded browser build:
/// when /usr/bin/chromium is missing the tests skip outside CI and fail in CI (which installs it with apt).
/// </summary>
public sealed class ChromiumBrowser : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string? _unavailable;

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            _unavailable = $"Chromium not found at {ExecutablePath} (apt-get install chromium).";
            return;
        }

        try
        {
            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                Args = Arguments,
            });
        }
        catch (PlaywrightException e)
        {
            _unavailable = $"Chromium at {ExecutablePath} did not start: {e.Message}";
        }
    }

    /// <summary>A fresh page (its own cookies and storage) at a laptop or, with <paramref name="phone"/>, a phone width.</summary>
    public async Task<BrowserPage> NewPageAsync(Uri baseAddress, bool phone = false)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        if (_browser is null)
        {
            if (SharedData.InCi)
            {
                Assert.Fail(_unavailable + " CI must have it.");
            }

            Assert.Skip(_unavailable + " Skipped outside CI.");
        }

        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            Locale = "vi-VN",
            ViewportSize = phone ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(15_000);
        return new BrowserPage(context, await context.NewPageAsync());
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
