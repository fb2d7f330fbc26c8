namespace ChiBo.SearchApi.Apis;

/// <summary>The researchers' web page: static files, and every view's shareable URL answered with the page shell.</summary>
public static class WebPageApi
{
    /// <summary>The paths the page's router draws; a reload or a shared link on any of them gets the shell.</summary>
    public static readonly IReadOnlyList<string> ViewRoutes = ["/documents/{id}", "/references", "/references/{id}", "/compare", "/api-docs"];

    public static WebApplication MapWebPage(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions
        {
            // Revalidate with the ETag on every use: a redeployed page never runs beside a stale module.
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "no-cache",
        });
        foreach (var route in ViewRoutes)
        {
            app.MapGet(route, (IWebHostEnvironment env, HttpContext context) =>
            {
                context.Response.Headers.CacheControl = "no-cache";
                return Results.File(Path.Combine(env.WebRootPath, "index.html"), "text/html; charset=utf-8");
            }).ExcludeFromDescription();
        }

        return app;
    }
}
