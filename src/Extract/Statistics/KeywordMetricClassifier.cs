using ChiBo.Ingest.Normalization;

namespace ChiBo.Extract.Statistics;

/// <summary>
/// Assigns a metric by the taxonomy's keyword rules. It is the baseline a learned model has to beat, and the
/// fallback when no model is loaded.
/// </summary>
public sealed class KeywordMetricClassifier(MetricTaxonomy taxonomy)
{
    /// <summary>The confidence given to a rule match: rules are precise when they fire, but they are only rules.</summary>
    public const double RuleConfidence = 0.6;

    public KeywordMetricClassifier()
        : this(MetricTaxonomy.Default)
    {
    }

    /// <param name="kind">percentage, count or fraction.</param>
    /// <param name="unit">The figure's normalised unit.</param>
    /// <param name="clause">The text around the figure that speaks of it.</param>
    /// <param name="sentence">The whole sentence.</param>
    public (string Metric, double Confidence) Classify(string kind, string? unit, string clause, string sentence)
    {
        var c = Normalize(clause);
        var s = Normalize(sentence);
        var figureKind = kind == "fraction" ? "percentage" : kind;
        foreach (var metric in taxonomy.Metrics)
        {
            if (metric.Id == MetricTaxonomy.Other)
            {
                continue;
            }

            if (metric.Kind != "any" && metric.Kind != figureKind)
            {
                continue;
            }

            if (metric.Units.Count > 0 && (unit is null || !metric.Units.Contains(unit)))
            {
                continue;
            }

            if (metric.All.All(p => c.Contains(Normalize(p), StringComparison.Ordinal)) &&
                (metric.Any.Count == 0 || metric.Any.Any(p => c.Contains(Normalize(p), StringComparison.Ordinal))) &&
                !metric.None.Any(p => c.Contains(Normalize(p), StringComparison.Ordinal)) &&
                metric.SentenceAll.All(p => s.Contains(Normalize(p), StringComparison.Ordinal)))
            {
                return (metric.Id, RuleConfidence);
            }
        }

        return (MetricTaxonomy.Other, 0);
    }

    private static string Normalize(string text) => VietnameseTextNormalizer.Normalize(text).ToLowerInvariant();
}
