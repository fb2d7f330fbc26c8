using System.Reflection;
using System.Text.Json;

namespace ChiBo.Extract.Statistics;

/// <summary>
/// The metric taxonomy read from metrics.json (statistics.md §2), the one list the extractor, the classifiers and the
/// API share. Adding a metric is an edit of that file, not of code.
/// </summary>
public sealed class MetricTaxonomy
{
    public const string Other = "other";

    private static readonly Lazy<MetricTaxonomy> Embedded = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(typeof(MetricTaxonomy).Namespace + ".metrics.json")
            ?? throw new InvalidOperationException("metrics.json is not embedded.");
        return Load(stream);
    });

    private readonly Dictionary<string, MetricDefinition> _byId;

    private MetricTaxonomy(int version, IReadOnlyList<MetricDefinition> metrics)
    {
        Version = version;
        Metrics = metrics;
        _byId = metrics.ToDictionary(m => m.Id, StringComparer.Ordinal);
    }

    /// <summary>The taxonomy shipped with the assembly.</summary>
    public static MetricTaxonomy Default => Embedded.Value;

    public int Version { get; }

    public IReadOnlyList<MetricDefinition> Metrics { get; }

    public MetricDefinition? Find(string id) => _byId.GetValueOrDefault(id);

    public static MetricTaxonomy Load(Stream json)
    {
        var file = JsonSerializer.Deserialize(json, MetricTaxonomyJson.Default.MetricTaxonomyFile)
            ?? throw new InvalidDataException("The metric taxonomy is empty.");
        var duplicate = file.Metrics.GroupBy(m => m.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidDataException($"Metric id '{duplicate.Key}' appears twice in the taxonomy.");
        }

        var metrics = file.Metrics.Any(m => m.Id == Other)
            ? file.Metrics
            : [.. file.Metrics, new MetricDefinition { Id = Other, Label = "Khác" }];
        return new MetricTaxonomy(file.Version, metrics);
    }
}
