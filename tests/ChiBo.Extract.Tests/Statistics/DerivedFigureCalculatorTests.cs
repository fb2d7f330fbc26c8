using ChiBo.Extract.Model;
using ChiBo.Extract.Statistics;
using ChiBo.Extract.Tests.Statistics.Support;

namespace ChiBo.Extract.Tests.Statistics;

public class DerivedFigureCalculatorTests
{
    private static readonly DerivedFigureCalculator Calculator = new();

    [Fact]
    public void BenTreGoodOrBetterIsDerivedFromExcellentPlusGood()
    {
        var derived = Calculator.Derive(Seeds.Statistics("004"));

        var members = Assert.Single(derived, d => d.Metric == "members.rated_good_or_better_rate");
        Assert.Equal(93.27m, members.Value);
        Assert.Equal(StatisticQualifier.Exact, members.Qualifier);
        Assert.Equal(DerivedStatistic.Sum, members.Derivation);
        Assert.Equal([16.28m, 76.99m], members.Sources.Select(s => s.Value));
        Assert.Equal("thành phố Bến Tre, tỉnh Bến Tre", members.Locality);
        Assert.Equal("2018", members.Period);
    }

    [Fact]
    public void BenTreOrganisationsAddUpToo()
    {
        var orgs = Assert.Single(Calculator.Derive(Seeds.Statistics("004")), d => d.Metric == "orgs.rated_good_or_better_rate");

        Assert.Equal(99.99m, orgs.Value);
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    public void AWholeTheArticleStatesIsNotDerived(string seed) =>
        Assert.DoesNotContain(Calculator.Derive(Seeds.Statistics(seed)), d => d.Metric == "members.rated_good_or_better_rate");

    [Fact]
    public void PartsOfDifferentPeriodsAreNotAdded()
    {
        var excellent = Part("members.rated_excellent_rate", 16.28m, "2018");
        var good = Part("members.rated_good_rate", 76.99m, "2019");

        Assert.Empty(Calculator.Derive([excellent, good]));
    }

    [Fact]
    public void MixedQualifiersMakeTheSumApproximate()
    {
        var excellent = Part("members.rated_excellent_rate", 16m, "2018") with { Qualifier = StatisticQualifier.Over };
        var good = Part("members.rated_good_rate", 76m, "2018");

        Assert.Equal(StatisticQualifier.Approx, Assert.Single(Calculator.Derive([excellent, good])).Qualifier);
    }

    private static Statistic Part(string metric, decimal value, string period) => new()
    {
        Text = value + "%",
        Start = 0,
        End = 1,
        Value = value,
        Kind = StatisticKind.Percentage,
        Unit = "%",
        Metric = metric,
        Period = period,
        Locality = "thành phố Bến Tre, tỉnh Bến Tre",
        Sentence = "",
    };
}
