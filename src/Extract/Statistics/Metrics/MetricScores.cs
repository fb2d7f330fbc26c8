using System.Globalization;
using System.Text;

namespace ChiBo.Extract.Statistics.Metrics;

/// <summary>
/// Per-class precision, recall and F1 of metric labels against the hand labels, and their macro average over every
/// class that occurs in either (so a class the classifier never predicts counts as F1 0, and so does one it invents).
/// </summary>
public sealed class MetricScores
{
    private MetricScores(IReadOnlyList<ClassScore> classes, double accuracy, int count)
    {
        Classes = classes;
        Accuracy = accuracy;
        Count = count;
        MacroF1 = classes.Count == 0 ? 0 : classes.Average(c => c.F1);
    }

    public IReadOnlyList<ClassScore> Classes { get; }

    public double MacroF1 { get; }

    public double Accuracy { get; }

    public int Count { get; }

    public ClassScore? Of(string metric) => Classes.FirstOrDefault(c => c.Metric == metric);

    public static MetricScores Score(IReadOnlyList<(string Gold, string Predicted)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var labels = pairs.Select(p => p.Gold).Concat(pairs.Select(p => p.Predicted)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var classes = labels.Select(label =>
        {
            var tp = pairs.Count(p => p.Gold == label && p.Predicted == label);
            var fp = pairs.Count(p => p.Gold != label && p.Predicted == label);
            var fn = pairs.Count(p => p.Gold == label && p.Predicted != label);
            return new ClassScore(label, tp + fn, Ratio(tp, tp + fp), Ratio(tp, tp + fn), Ratio(2 * tp, (2 * tp) + fp + fn));
        }).ToList();
        return new MetricScores(classes, Ratio(pairs.Count(p => p.Gold == p.Predicted), pairs.Count), pairs.Count);
    }

    /// <summary>The per-class F1 of two classifiers side by side, one row per class, then macro-F1 and accuracy.</summary>
    public static string Table(string leftName, MetricScores left, string rightName, MetricScores right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var metrics = left.Classes.Select(c => c.Metric).Union(right.Classes.Select(c => c.Metric)).Order(StringComparer.Ordinal);
        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"| metric | support | {leftName} F1 | {rightName} F1 |");
        table.AppendLine("|---|---:|---:|---:|");
        foreach (var metric in metrics)
        {
            var support = left.Of(metric)?.Support ?? right.Of(metric)?.Support ?? 0;
            table.AppendLine(CultureInfo.InvariantCulture, $"| {metric} | {support} | {left.Of(metric)?.F1 ?? 0:F3} | {right.Of(metric)?.F1 ?? 0:F3} |");
        }

        table.AppendLine(CultureInfo.InvariantCulture, $"| **macro-F1** | {left.Count} | **{left.MacroF1:F3}** | **{right.MacroF1:F3}** |");
        table.AppendLine(CultureInfo.InvariantCulture, $"| accuracy | {left.Count} | {left.Accuracy:F3} | {right.Accuracy:F3} |");
        return table.ToString();
    }

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 0 : (double)numerator / denominator;

    public sealed record ClassScore(string Metric, int Support, double Precision, double Recall, double F1);
}
