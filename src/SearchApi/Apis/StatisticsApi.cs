using System.Text;
using ChiBo.Extract.Statistics;
using ChiBo.Index.Statistics;
using ChiBo.SearchApi.Contracts;
using ChiBo.SearchApi.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChiBo.SearchApi.Apis;

/// <summary>GET /api/metrics, /api/statistics and /api/compare (api.md; statistics.md §5).</summary>
public static class StatisticsApi
{
    public static IEndpointRouteBuilder MapStatisticsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/metrics", Metrics).RequireRateLimiting(RateLimits.Reads).CacheOutput(ResponseCaching.Reads).WithName("Metrics").WithSummary("The metric taxonomy: ids and Vietnamese labels.");
        app.MapGet("/api/statistics", Statistics).RequireRateLimiting(RateLimits.Reads).CacheOutput(ResponseCaching.Reads).WithName("Statistics").WithSummary("Statistic records by metric, locality, province, publication date and the period a figure covers; format=csv for a file.");
        app.MapGet("/api/compare", Compare).RequireRateLimiting(RateLimits.Reads).CacheOutput(ResponseCaching.Reads).WithName("Compare").WithSummary("One metric across localities and periods, optionally within a period; format=csv for a file.");
        return app;
    }

    public static Ok<MetricsResponse> Metrics() => TypedResults.Ok(MetricsResponse.From(MetricTaxonomy.Default));

    public static Results<Ok<StatisticPage>, FileContentHttpResult, ValidationProblem> Statistics(
        [AsParameters] StatisticsParameters parameters, CorpusIndex corpus)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(corpus);
        if (!parameters.TryToQuery(MetricTaxonomy.Default, out var query, out var csv, out var errors))
        {
            return TypedResults.ValidationProblem(errors, title: "Invalid statistics parameters");
        }

        // A file is the whole listing unless the researcher asked for a page of it.
        if (csv && parameters.Page is null && parameters.Size is null)
        {
            query = query with { Size = int.MaxValue };
        }

        var page = new CorpusStatistics(corpus.Index).Find(query);
        return csv ? Csv(page.Records, StatisticCsv.FileName(query.Metric)) : TypedResults.Ok(page);
    }

    public static Results<Ok<ComparisonResponse>, FileContentHttpResult, ValidationProblem, ProblemHttpResult> Compare(
        [AsParameters] CompareParameters parameters, CorpusIndex corpus)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(corpus);
        if (!parameters.TryParse(out var metric, out var sort, out var period, out var csv, out var errors))
        {
            return TypedResults.ValidationProblem(errors, title: "Invalid comparison parameters");
        }

        if (new CorpusStatistics(corpus.Index).Compare(metric, sort, period) is not { } comparison)
        {
            return ProblemResults.NotFound($"No metric '{StatisticsParameters.Truncated(metric)}' in the taxonomy; GET /api/metrics lists the ids.");
        }

        return csv ? Csv(comparison.Rows, StatisticCsv.FileName(metric)) : TypedResults.Ok(ComparisonResponse.From(comparison));
    }

    private static FileContentHttpResult Csv(IEnumerable<StatisticRecord> records, string fileName)
    {
        using var writer = new StringWriter();
        StatisticCsv.Write(writer, records);
        return TypedResults.File(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(writer.ToString()), StatisticCsv.ContentType, fileName);
    }
}
