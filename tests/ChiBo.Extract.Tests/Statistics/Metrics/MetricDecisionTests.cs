using ChiBo.Extract.Statistics;
using ChiBo.Extract.Statistics.Metrics;

namespace ChiBo.Extract.Tests.Statistics.Metrics;

public sealed class MetricDecisionTests
{
    [Theory]
    [InlineData(MetricCombination.Model, 0.9, "members.admitted")]
    [InlineData(MetricCombination.Model, 0.3, MetricTaxonomy.Other)]
    [InlineData(MetricCombination.RulesFirst, 0.9, "discipline.count")]
    [InlineData(MetricCombination.RulesFirst, 0.3, "discipline.count")]
    [InlineData(MetricCombination.RulesBelowThreshold, 0.9, "members.admitted")]
    [InlineData(MetricCombination.RulesBelowThreshold, 0.3, "discipline.count")]
    public void EachCombinationSettlesADisagreementItsOwnWay(MetricCombination combination, double confidence, string expected) =>
        Assert.Equal(expected, MetricDecision.Decide(combination, 0.5, "members.admitted", confidence, "discipline.count"));

    [Fact]
    public void WhereTheRulesSayOtherRulesFirstLetsTheModelDecideAboveTheThreshold()
    {
        Assert.Equal("members.admitted", MetricDecision.Decide(MetricCombination.RulesFirst, 0.5, "members.admitted", 0.6, MetricTaxonomy.Other));
        Assert.Equal(MetricTaxonomy.Other, MetricDecision.Decide(MetricCombination.RulesFirst, 0.5, "members.admitted", 0.4, MetricTaxonomy.Other));
    }

    [Theory]
    [InlineData(MetricTaxonomy.Other, 0.7, "discipline.count")]
    [InlineData(MetricTaxonomy.Other, 0.95, MetricTaxonomy.Other)]
    [InlineData("members.admitted", 0.7, "members.admitted")]
    [InlineData("members.admitted", 0.3, "discipline.count")]
    public void WithAVetoTheModelCallsARuleMetricOtherOnlyAtTheVetoThreshold(string predicted, double confidence, string expected) =>
        Assert.Equal(expected, MetricDecision.Decide(MetricCombination.RulesBelowThresholdWithVeto, 0.5, predicted, confidence, "discipline.count", vetoThreshold: 0.9));

    [Fact]
    public void WithAVetoAFigureTheRulesCallOtherIsTheModelsAboveTheThreshold()
    {
        Assert.Equal("members.admitted", MetricDecision.Decide(MetricCombination.RulesBelowThresholdWithVeto, 0.5, "members.admitted", 0.6, MetricTaxonomy.Other, 0.9));
        Assert.Equal(MetricTaxonomy.Other, MetricDecision.Decide(MetricCombination.RulesBelowThresholdWithVeto, 0.5, "members.admitted", 0.4, MetricTaxonomy.Other, 0.9));
    }

    [Fact]
    public void TheThresholdItselfIsConfidentEnough() =>
        Assert.Equal("members.admitted", MetricDecision.Decide(MetricCombination.Model, 0.5, "members.admitted", 0.5, MetricTaxonomy.Other));
}
