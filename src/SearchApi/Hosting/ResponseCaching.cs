using System.Globalization;

namespace ChiBo.SearchApi.Hosting;

/// <summary>
/// Caches whole read responses (ASP.NET Core output caching), varied by every query parameter and by the index
/// generation: a commit changes the generation, so an answer is never served from before the data it describes.
/// Researchers repeat themselves (the home page, paging back, shared links); a cached answer costs no search.
/// <c>Chibo:ResponseCacheSeconds</c> sets the lifetime; 0 turns caching off (the load test measures both).
/// </summary>
public static class ResponseCaching
{
    public const string Reads = "reads";

    public static IServiceCollection AddChiboResponseCaching(this IServiceCollection services, IConfiguration configuration)
    {
        var seconds = configuration.GetValue("Chibo:ResponseCacheSeconds", 60);
        services.AddOutputCache(options =>
        {
            options.SizeLimit = 64L * 1024 * 1024;
            options.AddPolicy(Reads, policy =>
            {
                if (seconds <= 0)
                {
                    policy.NoCache();
                    return;
                }

                policy.Expire(TimeSpan.FromSeconds(seconds))
                    .SetVaryByQuery("*")
                    .VaryByValue(context => new KeyValuePair<string, string>(
                        "generation",
                        context.RequestServices.GetRequiredService<CorpusIndex>().Index.Generation.ToString(CultureInfo.InvariantCulture)));
            });
        });
        return services;
    }
}
