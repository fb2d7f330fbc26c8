using ChiBo.SearchApi.Contracts;
using ChiBo.SearchApi.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChiBo.SearchApi.Apis;

/// <summary>GET /api/references and GET /api/references/{id}: the registry of documents the corpus cites.</summary>
public static class ReferencesApi
{
    public static IEndpointRouteBuilder MapReferencesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/references", List).RequireRateLimiting(RateLimits.Reads).CacheOutput(ResponseCaching.Reads).WithName("ListReferences")
            .WithSummary("Distinct Party and State documents cited in the corpus; filters code (any spelling), type, issuer, locality, q; page, size.");
        app.MapGet("/api/references/{id}", Get).RequireRateLimiting(RateLimits.Reads).CacheOutput(ResponseCaching.Reads).WithName("GetReference")
            .WithSummary("One referenced document with every article and sentence that cites it.");
        return app;
    }

    public static Results<Ok<ReferenceListResponse>, ValidationProblem> List([AsParameters] ReferenceParameters parameters, CorpusIndex corpus)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(corpus);
        if (!parameters.TryToQuery(out var query, out var errors))
        {
            return TypedResults.ValidationProblem(errors, title: "Invalid reference filters");
        }

        var page = corpus.Index.References(query);
        return TypedResults.Ok(new ReferenceListResponse(page.Total, page.Page, page.Size, [.. page.Items.Select(ReferenceSummaryResponse.From)]));
    }

    public static Results<Ok<ReferenceDetailResponse>, ProblemHttpResult> Get(string id, CorpusIndex corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        if (id.Length > 256)
        {
            return ProblemResults.BadRequest("A reference id has at most 256 characters.");
        }

        return corpus.Index.Reference(id) is { } detail
            ? TypedResults.Ok(ReferenceDetailResponse.From(detail))
            : ProblemResults.NotFound($"No referenced document with id '{id}'. GET /api/references lists them.");
    }
}
