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

    [Fact]
    public void TheThresholdItselfIsConfidentEnough() =>
        Assert.Equal("members.admitted", MetricDecision.Decide(MetricCombination.Model, 0.5, "members.admitted", 0.5, MetricTaxonomy.Other));
}
