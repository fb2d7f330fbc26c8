using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChiBo.Extract.Statistics;

/// <summary>The shape of metrics.json.</summary>
internal sealed record MetricTaxonomyFile(int Version, List<MetricDefinition> Metrics);

/// <summary>Source-generated reader for metrics.json, so the taxonomy loads without reflection (trimmed and AOT hosts too).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(MetricTaxonomyFile))]
internal sealed partial class MetricTaxonomyJson : JsonSerializerContext;
