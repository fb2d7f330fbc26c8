using System.Text.Json.Serialization;

namespace ChiBo.Extract.Statistics.Metrics;

[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(MetricModelCard))]
internal sealed partial class MetricModelCardJson : JsonSerializerContext;
