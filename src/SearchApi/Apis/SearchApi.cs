using ChiBo.Index.Search;
using ChiBo.SearchApi.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChiBo.SearchApi.Apis;

public static class SearchApi
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search", Search).RequireRateLimiting(RateLimits.Reads).CacheOutput(ResponseCaching.Reads).WithName("Search").WithSummary("Full-text search with the researchers' query language, filters, snippets and facets.");
        return app;
    }

    public static Results<Ok<SearchResponse>, ValidationProblem, ProblemHttpResult> Search(
        [AsParameters] SearchParameters parameters, CorpusIndex corpus)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(corpus);
        if (!parameters.TryToRequest(out var request, out var errors))
        {
            return TypedResults.ValidationProblem(errors, title: "Invalid search parameters");
        }

        try
        {
            return TypedResults.Ok(corpus.Index.Search(request));
        }
        catch (QuerySyntaxException e)
        {
            return ProblemResults.BadRequest(
                e.Message,
                new Dictionary<string, object?> { ["parameter"] = "q", ["position"] = e.Position });
        }
    }
}
