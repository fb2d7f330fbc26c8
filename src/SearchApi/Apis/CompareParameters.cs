using ChiBo.Index.Statistics;
using Microsoft.AspNetCore.Mvc;

namespace ChiBo.SearchApi.Apis;

/// <summary>GET /api/compare's query string: <c>metric</c> (required), <c>sort</c> (locality, period, value), <c>period</c> (years the figures cover) and <c>format</c>.</summary>
public sealed record CompareParameters(
    [FromQuery(Name = "metric")] string? Metric,
    [FromQuery(Name = "sort")] string? Sort,
    [FromQuery(Name = "period")] string? Period,
    [FromQuery(Name = "format")] string? Format)
{
    public bool TryParse(out string metric, out ComparisonSort sort, out StatisticPeriod? period, out bool csv, out Dictionary<string, string[]> errors)
    {
        errors = [];
        metric = QueryParameters.Blank(Metric) ?? string.Empty;
        if (metric.Length == 0)
        {
            errors["metric"] = ["Required: a metric id from GET /api/metrics, e.g. members.rated_good_or_better_rate."];
        }
        else if (metric.Length > 200)
        {
            errors["metric"] = ["At most 200 characters."];
        }

        sort = ComparisonSort.Locality;
        if (!string.IsNullOrWhiteSpace(Sort))
        {
            // Named values only: Enum.TryParse would also take "1".
            var named = Enum.GetValues<ComparisonSort>().Where(s => s.ToString().Equals(Sort.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
            if (named.Count == 1)
            {
                sort = named[0];
            }
            else
            {
                errors["sort"] = ["Use 'locality', 'period' or 'value'."];
            }
        }

        period = QueryParameters.ParsePeriod(Period, "period", errors);
        csv = StatisticsFormat.IsCsv(Format, errors);
        return errors.Count == 0;
    }
}
