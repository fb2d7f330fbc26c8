using ChiBo.Extract;
using ChiBo.Extract.Model;
using ChiBo.Ingest.Model;
using ChiBo.SearchApi.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChiBo.SearchApi.Apis;

public static class ExtractApi
{
    public const int MaxTextLength = 1_000_000;

    public static IEndpointRouteBuilder MapExtractApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/extract", Extract).RequireRateLimiting(RateLimits.Reads).WithName("Extract").WithSummary("Analyse a text without storing it.");
        return app;
    }

    public static Results<Ok<ExtractResponse>, ProblemHttpResult> Extract(ExtractRequest? body, ArticleAnalyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        if (body?.Text is not { Length: > 0 } text)
        {
            return ProblemResults.BadRequest("The body must be JSON with a non-empty \"text\".");
        }

        if (text.Length > MaxTextLength)
        {
            return ProblemResults.BadRequest($"\"text\" has at most {MaxTextLength} characters.");
        }

        PublishedDate? published = null;
        if (body.Published is { } p)
        {
            if (!PublishedDate.TryParseIso(p, out var date))
            {
                return ProblemResults.BadRequest("\"published\" must be an ISO 8601 date such as 2019-11-08.");
            }

            published = date;
        }

        var context = new ArticleContext(body.Locality, published, body.Title);
        var analysis = analyzer.Analyze(text, context);
        return TypedResults.Ok(new ExtractResponse(analysis.References, analysis.Statistics, context.Locality));
    }

    public sealed record ExtractRequest(string? Text, string? Title, string? Published, Locality? Locality);

    public sealed record ExtractResponse(IReadOnlyList<DocumentReference> References, IReadOnlyList<Statistic> Statistics, Locality? Locality);
}
