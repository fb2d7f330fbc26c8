using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace ChiBo.SearchApi.Tests.Browser;

/// <summary>
/// One test's browser tab: the Playwright page, every script error or refused resource it reported (a Content Security
/// Policy violation shows up here), and a screenshot saved as the test's artifact when the test ends.
/// </summary>
public sealed class BrowserPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _errors = [];
    private bool _screenshotTaken;

    internal BrowserPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.PageError += (_, message) => _errors.Add("page error: " + message);
        page.Console += (_, message) =>
        {
            // A 4xx answer (an endpoint not deployed yet, a malformed query) is a state the page shows; the browser
            // logs it anyway. Anything else logged as an error is a defect.
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource: the server responded with a status of 4", StringComparison.Ordinal))
            {
                _errors.Add("console error: " + message.Text);
            }
        };
    }

    /// <summary>Where each test leaves its screenshot: TestResults/screenshots/ under the test output folder.</summary>
    public static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public IPage Page { get; }

    public IReadOnlyList<string> Errors => _errors;

    /// <summary>Saves a full-page screenshot named after the calling test and returns its path.</summary>
    public async Task<string> ScreenshotAsync([CallerMemberName] string testName = "")
    {
        Directory.CreateDirectory(ScreenshotDirectory);
        var path = Path.Combine(ScreenshotDirectory, testName + ".png");
        _screenshotTaken = true;
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        TestContext.Current.AddAttachment(testName, await File.ReadAllBytesAsync(path), "image/png");
        return path;
    }

    /// <summary>Fails the test if the page reported any script error or blocked resource.</summary>
    public void AssertNoErrors() => Assert.True(_errors.Count == 0, string.Join(Environment.NewLine, _errors));

    /// <summary>Closes the tab; a test that took no screenshot of its own leaves one of the state it ended in.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_screenshotTaken && TestContext.Current.Test is { } test)
            {
                await ScreenshotAsync(FileNameOf(test.TestDisplayName));
            }
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            // A page that crashed or never loaded has nothing to show; the test's own failure says why.
        }
        finally
        {
            await _context.DisposeAsync();
        }
    }

    private static string FileNameOf(string displayName)
    {
        // "Namespace.Class.Method(url: \"/?q=x\")" becomes "Method(url- -_q=x-)": the method and its arguments, file-safe.
        var open = displayName.IndexOf('(', StringComparison.Ordinal);
        var method = open < 0 ? displayName : displayName[..open];
        var name = method[(method.LastIndexOf('.') + 1)..] + (open < 0 ? "" : displayName[open..]);
        var invalid = Path.GetInvalidFileNameChars().Concat(['"', '?', '*', ':', '/', '\\']).ToHashSet();
        var safe = new string([.. name.Select(c => invalid.Contains(c) ? '-' : c)]);
        return safe.Length > 120 ? safe[..120] : safe;
    }
}
