using System.Text.Json;
using System.Text.Json.Serialization;
using ChiBo.Extract;
using ChiBo.Index.Pipeline;

namespace ChiBo.SearchApi.Hosting;

public static class ChiboServiceCollectionExtensions
{
    /// <summary>Settings, the index held open for the process's life, the extractors, JSON and ProblemDetails.</summary>
    public static WebApplicationBuilder AddChiboServices(this WebApplicationBuilder builder)
    {
        UnicodeNormalizationCheck.EnsureWorking();
        if (builder.Configuration["urls"] is null && builder.Configuration["ASPNETCORE_URLS"] is null && builder.Configuration["http_ports"] is null)
        {
            builder.WebHost.UseUrls("http://localhost:5080");
        }

        builder.Services.Configure<ChiboSettings>(builder.Configuration.GetSection(ChiboSettings.Section));
        builder.Services.AddSingleton<ArticleAnalyzer>();
        builder.Services.AddSingleton<CorpusIndex>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<CorpusIndex>());
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.AddChiboRateLimits(builder.Configuration);
        builder.Services.AddChiboResponseCaching(builder.Configuration);
        builder.WebHost.ConfigureKestrel(o =>
        {
            // Reads need a few KiB; ingest endpoints raise this for themselves.
            o.Limits.MaxRequestBodySize = 4 * 1024 * 1024;
            // A 10 kB Vietnamese query percent-encodes to ~90 KB: let it reach the app, which answers with a ProblemDetails
            // naming the length limit instead of Kestrel's bare 414.
            o.Limits.MaxRequestLineSize = 128 * 1024;
            o.AddServerHeader = false;
        });
        if (!builder.Environment.IsDevelopment())
        {
            builder.Logging.AddJsonConsole();
        }

        // The framework logs five Information lines per request; as JSON on the console they cost more than a search.
        // Keep its warnings and errors (and the app's own Information lines) unless the configuration asks otherwise.
        if (builder.Configuration["Logging:LogLevel:Microsoft.AspNetCore"] is null)
        {
            builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        }
        builder.Services.ConfigureHttpJsonOptions(o => ConfigureJson(o.SerializerOptions));
        return builder;
    }

    public static void ConfigureJson(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
    }
}
