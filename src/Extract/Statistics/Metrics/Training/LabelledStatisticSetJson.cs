using System.Text.Json.Serialization;

namespace ChiBo.Extract.Statistics.Metrics.Training;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(LabelledStatisticSet))]
internal sealed partial class LabelledStatisticSetJson : JsonSerializerContext;
