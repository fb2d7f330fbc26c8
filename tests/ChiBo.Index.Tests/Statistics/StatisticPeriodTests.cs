using ChiBo.Index.Statistics;

namespace ChiBo.Index.Tests.Statistics;

public class StatisticPeriodTests
{
    [Theory]
    [InlineData("2018", 2018, 2018)]
    [InlineData(" 2018 ", 2018, 2018)]
    [InlineData("2015-2020", 2015, 2020)]
    [InlineData("2015–2020", 2015, 2020)]
    [InlineData("2015 - 2020", 2015, 2020)]
    public void ReadsAYearOrARangeWithHyphenOrDash(string text, int from, int to)
    {
        Assert.True(StatisticPeriod.TryParse(text, out var period));
        Assert.Equal(new StatisticPeriod(from, to), period);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("18")]
    [InlineData("2020-2015")]
    [InlineData("2015-2020-2025")]
    [InlineData("năm 2018")]
    [InlineData("1850")]
    [InlineData("+2018")]
    [InlineData("2015-")]
    public void RefusesAnythingElse(string? text) => Assert.False(StatisticPeriod.TryParse(text, out _));

    [Theory]
    [InlineData("2009–2019", "2015", true)]
    [InlineData("2018", "2015-2020", true)]
    [InlineData("2015–2020", "2020-2025", true)]
    [InlineData("2015–2020", "2021", false)]
    [InlineData("2018", "2019", false)]
    public void MatchesWhenTheYearsOverlap(string covered, string asked, bool overlaps)
    {
        Assert.True(StatisticPeriod.TryParse(covered, out var c));
        Assert.True(StatisticPeriod.TryParse(asked, out var a));
        Assert.Equal(overlaps, c.Overlaps(a));
        Assert.Equal(overlaps, a.Overlaps(c));
    }

    [Fact]
    public void PrintsAsTheRecordsWriteIt()
    {
        Assert.Equal("2018", new StatisticPeriod(2018, 2018).ToString());
        Assert.Equal("2015–2020", new StatisticPeriod(2015, 2020).ToString());
    }
}
