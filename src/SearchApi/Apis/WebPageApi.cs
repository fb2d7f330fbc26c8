namespace ChiBo.SearchApi.Apis;

/// <summary>The researchers' web page: static files, and every view's shareable URL answered with the page shell.</summary>
public static class WebPageApi
{
    public static WebApplication MapWebPage(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseDefaultFiles();
        app.UseStaticFiles();
        foreach (var route in new[] { "/documents/{id}", "/references", "/references/{id}", "/compare" })
        {
            app.MapGet(route, (IWebHostEnvironment env) => Results.File(Path.Combine(env.WebRootPath, "index.html"), "text/html; charset=utf-8"));
        }

        return app;
    }
}
