namespace ChiBo.Extract.Statistics;

/// <summary>
/// The keyword-rule baseline (statistics.md §3): scores every metric of the taxonomy by its cues and keeps the best.
/// A phrase in the figure's own clause weighs twice its length; one found only earlier in the sentence weighs less the
/// further it is ("kiểm tra 56 tổ chức …, giám sát 52 tổ chức": 52 is a supervision); a phrase only after the figure,
/// outside its clause, does not count. A matching counted noun adds a fixed weight. Confidence is the winner's share against the runner-up; below <see cref="MinimumConfidence"/>
/// the answer is <see cref="MetricTaxonomy.Other"/>, the confidence kept.
/// </summary>
public sealed class KeywordMetricClassifier(MetricTaxonomy taxonomy) : IMetricClassifier
{
    public const double MinimumConfidence = 0.5;

    private const double UnitWeight = 10;

    private static readonly Lazy<KeywordMetricClassifier> Shared = new(() => new KeywordMetricClassifier(MetricTaxonomy.Default));

    public static KeywordMetricClassifier Default => Shared.Value;

    public MetricAssignment Classify(MetricEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var near = $"{evidence.Subject} {evidence.Unit} {evidence.Near}".ToLowerInvariant();
        var before = evidence.Before.ToLowerInvariant();

        // Vetoes also look a little way back: "kiểm tra 56 tổ chức đảng và 20 đảng viên" is no party total.
        var lead = before[Math.Max(0, before.Length - 60)..];
        var paragraph = evidence.Paragraph.ToLowerInvariant();
        string? best = null;
        double bestScore = 0, secondScore = 0;
        foreach (var metric in taxonomy.Metrics)
        {
            var score = Score(metric, evidence, near, before, lead, paragraph);
            if (score > bestScore)
            {
                secondScore = bestScore;
                bestScore = score;
                best = metric.Id;
            }
            else if (score > secondScore)
            {
                secondScore = score;
            }
        }

        if (best is null)
        {
            return MetricAssignment.Unknown;
        }

        var confidence = Math.Round(bestScore / (bestScore + secondScore + 4), 3);
        return confidence < MinimumConfidence ? new MetricAssignment(MetricTaxonomy.Other, confidence) : new MetricAssignment(best, confidence);
    }

    private static double Score(MetricDefinition metric, MetricEvidence evidence, string near, string before, string lead, string paragraph)
    {
        if (metric.Cues.Count == 0 || (metric.Kinds.Count > 0 && !metric.Kinds.Contains(evidence.Kind)))
        {
            return 0;
        }

        var unitBonus = 0d;
        if (metric.Units.Count > 0 && evidence.Kind != StatisticKind.Percentage)
        {
            if (evidence.Unit is null || !metric.Units.Contains(evidence.Unit))
            {
                return 0;
            }

            unitBonus = UnitWeight;
        }

        var best = 0d;
        foreach (var cue in metric.Cues)
        {
            if (cue.None.Any(near.Contains) || cue.None.Any(lead.Contains) || cue.ParagraphNone.Any(paragraph.Contains) || !cue.Paragraph.All(p => paragraph.Contains(p)))
            {
                continue;
            }

            var score = 1 + unitBonus + cue.Paragraph.Sum(p => p.Length * 0.5);
            foreach (var phrase in cue.All)
            {
                if (near.Contains(phrase))
                {
                    score += 2 * phrase.Length;
                }
                else if (before.LastIndexOf(phrase, StringComparison.Ordinal) is var at and >= 0)
                {
                    var distance = before.Length - at;
                    score += phrase.Length * 30d / (30 + distance);
                }
                else
                {
                    score = 0;
                    break;
                }
            }

            best = Math.Max(best, score);
        }

        return best;
    }
}
