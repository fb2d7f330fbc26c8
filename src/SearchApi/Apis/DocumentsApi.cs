using ChiBo.Extract.References.Registry;
using ChiBo.Index.Storage;
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
            : TypedResults.Ok(DocumentResponse.From(WithRegistryIds(stored, corpus.Index.ReferenceCatalog())));
    }

    /// <summary>Links each reference to its registry entry, so the page and scripts go straight to every article citing it.</summary>
    private static StoredArticle WithRegistryIds(StoredArticle stored, ReferenceCatalog catalog)
    {
        var references = stored.Analysis.References;
        var mentions = ReferenceMentionReader.Read(stored.Article.Text, references);
        var linked = references.Select((r, i) => r with { ReferenceId = catalog.EntryIdOf(mentions[i].Identity) }).ToList();
        return stored with { Analysis = stored.Analysis with { References = linked } };
    }
}
