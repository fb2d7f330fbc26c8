namespace ChiBo.Extract.Statistics;

/// <summary>
/// The keyword-rule baseline (statistics.md §3): scores every metric of the taxonomy by its cues and keeps the best.
/// A phrase weighs by where it is (see <see cref="Weight"/>): the nearer the figure the more ("kiểm tra 56 tổ chức …,
/// giám sát 52 tổ chức": 52 is a supervision); a phrase only after the figure, outside its clause, does not count.
/// A matching counted noun adds a fixed weight. Confidence is the winner's share against the runner-up; below <see cref="MinimumConfidence"/>
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
        var own = $"{evidence.Subject} {evidence.Unit}".ToLowerInvariant();
        var near = $"{own} {evidence.Near.ToLowerInvariant()}";
        var before = evidence.Before.ToLowerInvariant();

        // Vetoes also look a little way back: "kiểm tra 56 tổ chức đảng và 20 đảng viên" is no party total.
        var lead = before[Math.Max(0, before.Length - 60)..];
        var paragraph = evidence.Paragraph.ToLowerInvariant();
        string? best = null;
        double bestScore = 0, secondScore = 0;
        foreach (var metric in taxonomy.Metrics)
        {
            var score = Score(metric, evidence, own, near, before, lead, paragraph);
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

        var confidence = Math.Round(bestScore / (bestScore + secondScore + 2), 3);
        return confidence < MinimumConfidence ? new MetricAssignment(MetricTaxonomy.Other, confidence) : new MetricAssignment(best, confidence);
    }

    private static double Score(MetricDefinition metric, MetricEvidence evidence, string own, string near, string before, string lead, string paragraph)
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
                var weight = Weight(phrase, own, near, before);
                if (weight == 0)
                {
                    score = 0;
                    break;
                }

                score += weight;
            }

            best = Math.Max(best, score);
        }

        return best;
    }

    /// <summary>
    /// Twice the phrase's length in the subject or unit; before the figure, its length decayed by distance (doubled
    /// inside the figure's clause), so the nearest verb wins ("Kiểm tra … thi hành kỷ luật 217" is discipline);
    /// its bare length when only later in the clause; zero when absent.
    /// </summary>
    private static double Weight(string phrase, string own, string near, string before)
    {
        if (own.Contains(phrase, StringComparison.Ordinal))
        {
            return 2 * phrase.Length;
        }

        var inClause = near.Contains(phrase, StringComparison.Ordinal);
        var at = before.LastIndexOf(phrase, StringComparison.Ordinal);
        if (at >= 0)
        {
            var distance = before.Length - at;
            return phrase.Length * (inClause ? 2 : 1) * 30d / (30 + distance);
        }

        return inClause ? phrase.Length : 0;
    }
}
