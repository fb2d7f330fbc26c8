using System.Text;
using System.Text.Json;
using ChiBo.Index.Pipeline;
using ChiBo.SearchApi.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChiBo.SearchApi.Apis;

/// <summary>POST /api/documents (one article) and POST /api/ingest (NDJSON, one result per line), behind the API key.</summary>
public static class IngestApi
{
    public const long MaxDocumentBytes = 20L * 1024 * 1024;
    public const long MaxBatchBytes = 200L * 1024 * 1024;

    public static IEndpointRouteBuilder MapIngestApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/documents", PostDocument).AddEndpointFilter<ApiKeyFilter>().RequireRateLimiting(RateLimits.Writes).WithName("PostDocument").WithSummary("Ingest one article (X-Api-Key required).");
        app.MapPost("/api/ingest", PostIngest).AddEndpointFilter<ApiKeyFilter>().RequireRateLimiting(RateLimits.Writes).WithName("Ingest").WithSummary("Ingest NDJSON, one article per line (X-Api-Key required).");
        return app;
    }

    /// <summary>
    /// One article as JSON: <c>text</c> or <c>html</c>, plus optional <c>title</c>, <c>published</c>, <c>url</c>,
    /// <c>authors</c>, <c>locality</c> — the same fields as one line of an NDJSON dump, read by the same reader.
    /// </summary>
    public static async Task<Results<Created<IngestResult>, Ok<IngestResult>, ProblemHttpResult>> PostDocument(HttpRequest request, CorpusIndex corpus)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(corpus);
        var body = await ReadBodyAsync(request, MaxDocumentBytes);
        if (body is null)
        {
            return ProblemResults.BadRequest($"The body is larger than {MaxDocumentBytes / 1048576} MiB.");
        }

        string line;
        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                return ProblemResults.BadRequest("The body must be one JSON object with \"text\" or \"html\".");
            }

            line = json.RootElement.GetRawText().ReplaceLineEndings(" ");
        }
        catch (JsonException e)
        {
            return ProblemResults.BadRequest("The body is not valid JSON: " + e.Message);
        }

        var report = corpus.Write(p => p.IngestNdjson(new MemoryStream(Encoding.UTF8.GetBytes(line)), "api"));
        var outcome = report.Outcomes.Single();
        if (outcome.Status == IngestStatus.Failed)
        {
            return TypedResults.Problem(detail: outcome.Error, statusCode: StatusCodes.Status422UnprocessableEntity, title: "The article could not be ingested");
        }

        var result = IngestResult.From(outcome, line: null);
        return outcome.Status == IngestStatus.Created
            ? TypedResults.Created($"/api/documents/{outcome.Id}", result)
            : TypedResults.Ok(result);
    }

    /// <summary>NDJSON body: one article per line; every line gets its own result, and one bad line fails only itself.</summary>
    public static async Task<Results<Ok<IngestBatchResult>, ProblemHttpResult>> PostIngest(HttpRequest request, CorpusIndex corpus)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(corpus);
        var body = await ReadBodyAsync(request, MaxBatchBytes);
        if (body is null)
        {
            return ProblemResults.BadRequest($"The body is larger than {MaxBatchBytes / 1048576} MiB; split the dump.");
        }

        var report = corpus.Write(p => p.IngestNdjson(new MemoryStream(body), "api-batch"));
        var results = report.Outcomes.Select(o => IngestResult.From(o, LineOf(o.Source))).ToList();
        return TypedResults.Ok(new IngestBatchResult(
            results.Count(r => r.Status == "created"),
            results.Count(r => r.Status == "unchanged"),
            results.Count(r => r.Status == "duplicate"),
            results.Count(r => r.Status == "failed"),
            results));
    }

    private static int? LineOf(string source)
    {
        var hash = source.LastIndexOf("#L", StringComparison.Ordinal);
        return hash >= 0 && int.TryParse(source.AsSpan(hash + 2), out var line) ? line : null;
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, long limit)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        // Kestrel's default cap (30 MB) is below a weekly dump; this endpoint enforces its own limit instead.
        if (request.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit + 1;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    public sealed record IngestResult(int? Line, string? Id, string Status, string? DuplicateOf, string? Error)
    {
        public static IngestResult From(IngestOutcome outcome, int? line)
        {
            ArgumentNullException.ThrowIfNull(outcome);
            return new IngestResult(line, outcome.Id, outcome.Status.ToString().ToLowerInvariant(), outcome.DuplicateOf, outcome.Error);
        }
    }

    public sealed record IngestBatchResult(int Created, int Unchanged, int Duplicates, int Failed, IReadOnlyList<IngestResult> Results);
}
