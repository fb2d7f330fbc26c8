using ChiBo.SearchApi.Hosting;

namespace ChiBo.SearchApi.Apis;

public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/health", GetHealth).WithName("Health").WithSummary("Index state: document count and commit generation.");
        return app;
    }

    /// <summary>{ "status": "ok", "documents": 5, "generation": 3 }.</summary>
    public static IResult GetHealth(CorpusIndex corpus) =>
        TypedResults.Ok(new HealthResponse("ok", corpus.Index.Count, corpus.Index.Generation, corpus.ApiKey is not null));

    public sealed record HealthResponse(string Status, int Documents, long Generation, bool WritesEnabled);
}
