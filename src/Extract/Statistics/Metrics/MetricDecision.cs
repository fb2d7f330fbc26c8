namespace ChiBo.Extract.Statistics.Metrics;

/// <summary>
/// The final metric from the model's prediction and the rules' answer under a <see cref="MetricCombination"/>: one
/// rule for training (scored out of fold) and for the shipped classifier, so cross-validation measures what ships.
/// </summary>
public static class MetricDecision
{
    public static string Decide(MetricCombination combination, double threshold, string predicted, double confidence, string rule)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(rule);
        var model = confidence >= threshold ? predicted : MetricTaxonomy.Other;
        return combination switch
        {
            MetricCombination.Model => model,
            MetricCombination.RulesFirst => rule != MetricTaxonomy.Other ? rule : model,
            MetricCombination.RulesBelowThreshold => confidence >= threshold ? predicted : rule,
            _ => throw new ArgumentOutOfRangeException(nameof(combination), combination, "Unknown combination."),
        };
    }
}
