using ChiBo.Extract.Statistics;

namespace ChiBo.SearchApi.Contracts;

/// <summary>GET /api/metrics: the taxonomy's stable ids and the Vietnamese labels the page shows.</summary>
public sealed record MetricsResponse(int Version, IReadOnlyList<MetricsResponse.Metric> Metrics)
{
    public static MetricsResponse From(MetricTaxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        return new(taxonomy.Version, [.. taxonomy.Metrics.Select(m => new Metric(m.Id, m.Label, m.SumOf))]);
    }

    /// <summary>One metric; <c>SumOf</c> names the metrics whose percentages add up to it, when a comparison may derive it.</summary>
    public sealed record Metric(string Id, string Label, IReadOnlyList<string> SumOf);
}
