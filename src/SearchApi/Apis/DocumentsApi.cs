using ChiBo.SearchApi.Contracts;
using ChiBo.SearchApi.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChiBo.SearchApi.Apis;

public static class DocumentsApi
{
    public static IEndpointRouteBuilder MapDocumentsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/documents/{id}", GetDocument).RequireRateLimiting(RateLimits.Reads).CacheOutput(ResponseCaching.Reads).WithName("GetDocument").WithSummary("One article: metadata, main text, references and statistics.");
        return app;
    }

    public static Results<Ok<DocumentResponse>, ProblemHttpResult> GetDocument(string id, CorpusIndex corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        if (id.Length > 128)
        {
            return ProblemResults.BadRequest("A document id has at most 128 characters.");
        }

        var stored = corpus.Index.Get(id);
        return stored is null
            ? ProblemResults.NotFound($"No document with id '{id}'.")
            : TypedResults.Ok(DocumentResponse.From(stored));
    }
}
