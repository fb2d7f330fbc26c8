using Microsoft.Playwright;

namespace ChiBo.SearchApi.Tests.Browser;

/// <summary>
/// Answers an API path in the browser with a contract-shaped JSON file from beside the tests, so that a view is tested
/// against api.md even on a server where that endpoint has not been deployed.
/// </summary>
public static class ContractResponses
{
    public static Task AnswerAsync(IPage page, string pathPattern, string fileName, Func<IRoute, bool>? when = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        var body = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Browser", fileName));
        return page.RouteAsync(pathPattern, async route =>
        {
            if (when is null || when(route))
            {
                await route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "application/json", Body = body });
            }
            else
            {
                await route.ContinueAsync();
            }
        });
    }
}
