using System.Reflection;
using System.Text.Json;

namespace ChiBo.Extract.Statistics;

/// <summary>The metric taxonomy, read from metrics.json (embedded): the extractor, the model and the API all use it.</summary>
public sealed class MetricTaxonomy
{
    public const string Other = "other";

    private static readonly Lazy<MetricTaxonomy> Shared = new(Load);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private MetricTaxonomy(IReadOnlyList<MetricDefinition> metrics) => Metrics = metrics;

    public static MetricTaxonomy Default => Shared.Value;

    public IReadOnlyList<MetricDefinition> Metrics { get; }

    public MetricDefinition? Find(string id) => Metrics.FirstOrDefault(m => m.Id == id);

    private static MetricTaxonomy Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ChiBo.Extract.Statistics.metrics.json")
            ?? throw new InvalidOperationException("metrics.json is not embedded.");
        using var json = JsonDocument.Parse(stream);
        var metrics = json.RootElement.GetProperty("metrics").Deserialize<List<MetricDefinition>>(Json)
            ?? throw new InvalidDataException("metrics.json has no metrics.");
        return new MetricTaxonomy(metrics);
    }
}
