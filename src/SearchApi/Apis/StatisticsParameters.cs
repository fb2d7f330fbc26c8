using ChiBo.Extract.Statistics;
using ChiBo.Index.Statistics;
using Microsoft.AspNetCore.Mvc;

namespace ChiBo.SearchApi.Apis;

/// <summary>
/// GET /api/statistics's query string (api.md, plus <c>period</c>: the years a figure covers, where <c>year</c>, <c>from</c>
/// and <c>to</c> are the article's publication date), bound as text so every malformed value is named in the problem.
/// </summary>
public sealed record StatisticsParameters(
    [FromQuery(Name = "metric")] string? Metric,
    [FromQuery(Name = "locality")] string? Locality,
    [FromQuery(Name = "province")] string? Province,
    [FromQuery(Name = "year")] string? Year,
    [FromQuery(Name = "from")] string? From,
    [FromQuery(Name = "to")] string? To,
    [FromQuery(Name = "period")] string? Period,
    [FromQuery(Name = "page")] string? Page,
    [FromQuery(Name = "size")] string? Size,
    [FromQuery(Name = "format")] string? Format)
{
    public const int MaxSize = 500;

    public bool TryToQuery(MetricTaxonomy taxonomy, out StatisticQuery query, out bool csv, out Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        errors = [];
        var metric = QueryParameters.Blank(Metric);
        if (metric is not null && taxonomy.Find(metric) is null)
        {
            errors["metric"] = [$"Unknown metric '{Truncated(metric)}'; GET /api/metrics lists the ids."];
        }

        var page = QueryParameters.ParseInt(Page, "page", 1, 1, SearchParameters.MaxPage, errors);
        var size = QueryParameters.ParseInt(Size, "size", 50, 1, MaxSize, errors);
        int? year = Year is null ? null : QueryParameters.ParseInt(Year, "year", 0, 1900, 2100, errors);
        var from = QueryParameters.ParseDate(From, "from", errors);
        var to = QueryParameters.ParseDate(To, "to", errors);
        var period = QueryParameters.ParsePeriod(Period, "period", errors);
        if (from is { } f && to is { } t && f > t)
        {
            errors["to"] = ["'to' is before 'from'."];
        }

        QueryParameters.CheckLength(Locality, "locality", 200, errors);
        QueryParameters.CheckLength(Province, "province", 200, errors);
        csv = StatisticsFormat.IsCsv(Format, errors);
        query = new StatisticQuery
        {
            Metric = metric,
            Locality = QueryParameters.Blank(Locality),
            Province = QueryParameters.Blank(Province),
            Year = year,
            From = from,
            To = to,
            Period = period,
            Page = page,
            Size = size,
        };
        return errors.Count == 0;
    }

    internal static string Truncated(string value) => value.Length <= 80 ? value : value[..80] + "…";
}
