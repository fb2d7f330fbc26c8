using ChiBo.Extract.Statistics;

namespace ChiBo.Extract.Tests.Statistics;

public class FractionConsistencyTests
{
    [Theory]
    [InlineData(11, 56, "19.64", 2, FractionConsistency.Consistent)]
    [InlineData(45, 56, "80.35", 2, FractionConsistency.Consistent)]
    [InlineData(45, 56, "80.36", 2, FractionConsistency.Consistent)]
    [InlineData(857, 5262, "16.28", 2, FractionConsistency.Consistent)]
    [InlineData(45, 56, "80.4", 1, FractionConsistency.Consistent)]
    [InlineData(45, 56, "80.30", 2, FractionConsistency.Inconsistent)]
    [InlineData(11, 56, "20", 0, FractionConsistency.Consistent)]
    [InlineData(11, 56, "21", 0, FractionConsistency.Inconsistent)]
    public void TruncationAndRoundingAgreeAndAnythingElseDoesNot(int numerator, int denominator, string printed, int places, string expected) =>
        Assert.Equal(expected, FractionConsistency.Check(numerator, denominator, decimal.Parse(printed, System.Globalization.CultureInfo.InvariantCulture), places));

    [Fact]
    public void NothingToCheckWithoutAFraction() => Assert.Null(FractionConsistency.Check(null, 56, 19.64m, 2));
}
