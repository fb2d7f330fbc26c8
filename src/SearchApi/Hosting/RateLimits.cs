using System.Globalization;
using System.Threading.RateLimiting;

namespace ChiBo.SearchApi.Hosting;

/// <summary>
/// Per-client token buckets on the public endpoints (ASP.NET Core's built-in limiter). Limits come from
/// <c>Chibo:RateLimit:ReadsPerMinute</c> and <c>Chibo:RateLimit:WritesPerMinute</c>; 0 turns a limit off (load tests).
/// A refused request is a 429 ProblemDetails with Retry-After.
/// </summary>
public static class RateLimits
{
    public const string Reads = "reads";
    public const string Writes = "writes";

    public static IServiceCollection AddChiboRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var reads = configuration.GetValue("Chibo:RateLimit:ReadsPerMinute", 1200);
        var writes = configuration.GetValue("Chibo:RateLimit:WritesPerMinute", 120);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(Reads, context => Bucket(context, reads));
            options.AddPolicy(Writes, context => Bucket(context, writes));
            options.OnRejected = async (rejected, token) =>
            {
                if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry))
                {
                    rejected.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                var problems = rejected.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = rejected.HttpContext,
                    ProblemDetails = { Status = 429, Title = "Too many requests", Detail = "Slow down and retry after the time in Retry-After." },
                });
            };
        });
        return services;
    }

    private static RateLimitPartition<string> Bucket(HttpContext context, int perMinute)
    {
        var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return perMinute <= 0
            ? RateLimitPartition.GetNoLimiter(client)
            : RateLimitPartition.GetTokenBucketLimiter(client, _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = perMinute,
                TokensPerPeriod = Math.Max(1, perMinute / 60),
                ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            });
    }
}
