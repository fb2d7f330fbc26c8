namespace ChiBo.Extract.Statistics.Metrics;

/// <summary>
/// How the model's prediction and the keyword rules' answer make the final metric; compared, with every threshold,
/// by cross-validation on the train split.
/// </summary>
public enum MetricCombination
{
    /// <summary>The model decides; below the threshold the answer is <see cref="MetricTaxonomy.Other"/>.</summary>
    Model,

    /// <summary>A metric the rules name is kept; the model decides only where the rules say <see cref="MetricTaxonomy.Other"/>.</summary>
    RulesFirst,

    /// <summary>The model decides; below the threshold the rules' answer stands instead of <see cref="MetricTaxonomy.Other"/>.</summary>
    RulesBelowThreshold,

    /// <summary>
    /// As <see cref="RulesBelowThreshold"/>, except that the model's <see cref="MetricTaxonomy.Other"/> overrules a
    /// metric the rules name only at the card's separate veto threshold: calling a figure nothing and calling it
    /// something are different mistakes, and the training data has far more of the first kind to learn from.
    /// </summary>
    RulesBelowThresholdWithVeto,
}
