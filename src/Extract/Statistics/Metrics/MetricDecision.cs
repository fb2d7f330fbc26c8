namespace ChiBo.Extract.Statistics.Metrics;

/// <summary>
/// The final metric from the model's prediction and the rules' answer under a <see cref="MetricCombination"/>: one
/// rule for training (scored out of fold) and for the shipped classifier, so cross-validation measures what ships.
/// </summary>
public static class MetricDecision
{
    /// <param name="combination">How the two answers combine.</param>
    /// <param name="threshold">How sure the model must be for its answer to count.</param>
    /// <param name="predicted">The model's metric.</param>
    /// <param name="confidence">The model's probability for <paramref name="predicted"/>.</param>
    /// <param name="rule">The keyword rules' metric.</param>
    /// <param name="vetoThreshold">For <see cref="MetricCombination.RulesBelowThresholdWithVeto"/>: how sure the model must be that a figure the rules name is <see cref="MetricTaxonomy.Other"/>; <paramref name="threshold"/> when null.</param>
    public static string Decide(MetricCombination combination, double threshold, string predicted, double confidence, string rule, double? vetoThreshold = null)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(rule);
        var model = confidence >= threshold ? predicted : MetricTaxonomy.Other;
        return combination switch
        {
            MetricCombination.Model => model,
            MetricCombination.RulesFirst => rule != MetricTaxonomy.Other ? rule : model,
            MetricCombination.RulesBelowThreshold => confidence >= threshold ? predicted : rule,
            MetricCombination.RulesBelowThresholdWithVeto => predicted == MetricTaxonomy.Other && rule != MetricTaxonomy.Other
                ? (confidence >= (vetoThreshold ?? threshold) ? predicted : rule)
                : (confidence >= threshold ? predicted : rule),
            _ => throw new ArgumentOutOfRangeException(nameof(combination), combination, "Unknown combination."),
        };
    }
}
