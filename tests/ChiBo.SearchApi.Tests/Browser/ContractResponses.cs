using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ChiBo.SearchApi.Tests.Browser;

/// <summary>
/// Answers an API path in the browser with a contract-shaped JSON file from beside the tests, so that a view is tested
/// against api.md even on a server where that endpoint has not been deployed.
/// </summary>
public static class ContractResponses
{
    /// <summary>Answers URLs matching the glob <paramref name="pathPattern"/> ("**/api/compare?*").</summary>
    public static Task AnswerAsync(IPage page, string pathPattern, string fileName, Func<IRoute, bool>? when = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.RouteAsync(pathPattern, Handler(fileName, when));
    }

    /// <summary>Answers URLs matching <paramref name="url"/>, for what a glob cannot say ("with or without a query").</summary>
    public static Task AnswerAsync(IPage page, Regex url, string fileName)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.RouteAsync(url, Handler(fileName, null));
    }

    private static Func<IRoute, Task> Handler(string fileName, Func<IRoute, bool>? when)
    {
        var body = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Browser", fileName));
        return async route =>
        {
            if (when is null || when(route))
            {
                await route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "application/json", Body = body });
            }
            else
            {
                await route.ContinueAsync();
            }
        };
    }
}
