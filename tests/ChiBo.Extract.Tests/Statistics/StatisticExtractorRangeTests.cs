using System.Globalization;
using ChiBo.Extract.Model;
using ChiBo.Extract.Statistics;

namespace ChiBo.Extract.Tests.Statistics;

/// <summary>Ranges are one figure from the lower bound to the unit: value the lower bound, upper the upper.</summary>
public class StatisticExtractorRangeTests
{
    private static readonly StatisticExtractor Extractor = new();

    [Theory]
    [InlineData("Tỷ lệ đảng viên dự sinh hoạt đạt từ 85 đến 90%.", "85 đến 90%", "85", "90")]
    [InlineData("Tỷ lệ đảng viên dự sinh hoạt đạt 85-90%.", "85-90%", "85", "90")]
    [InlineData("Tỷ lệ đảng viên dự sinh hoạt đạt 85 – 90 %.", "85 – 90 %", "85", "90")]
    [InlineData("Tỷ lệ đảng viên dự sinh hoạt đạt 85% - 90%.", "85% - 90%", "85", "90")]
    [InlineData("Tỷ lệ đảng viên dự sinh hoạt đạt từ 85,5% đến 92,75%.", "85,5% đến 92,75%", "85.5", "92.75")]
    [InlineData("Tỷ lệ đảng viên dự sinh hoạt đạt tám mươi đến 90 phần trăm.", "90 phần trăm", "90", null)]
    public void PercentageRangeIsOneFigureWithBothBounds(string text, string written, string lower, string? upper)
    {
        var statistic = Assert.Single(Extractor.Extract(text, ArticleContext.None));

        Assert.Equal(StatisticKind.Percentage, statistic.Kind);
        Assert.Equal(written, statistic.Text);
        Assert.Equal(written, text[statistic.Start..statistic.End]);
        Assert.Equal(decimal.Parse(lower, CultureInfo.InvariantCulture), statistic.Value);
        Assert.Equal(upper is null ? null : decimal.Parse(upper, CultureInfo.InvariantCulture), statistic.Upper);
        Assert.Equal("%", statistic.Unit);
    }

    [Fact]
    public void CountRangeKeepsItsCountedNoun()
    {
        var statistic = Assert.Single(Extractor.Extract("Mỗi năm các chi bộ tổ chức từ 3 đến 5 buổi sinh hoạt chuyên đề.", ArticleContext.None));

        Assert.Equal(StatisticKind.Count, statistic.Kind);
        Assert.Equal(3, statistic.Value);
        Assert.Equal(5, statistic.Upper);
        Assert.Equal("cells.thematic_meetings", statistic.Metric);
    }

    [Fact]
    public void RangeKeepsItsQualifier()
    {
        var statistic = Assert.Single(Extractor.Extract("Tỷ lệ đảng viên dự sinh hoạt đạt khoảng 85-90%.", ArticleContext.None));

        Assert.Equal(StatisticQualifier.Approx, statistic.Qualifier);
        Assert.Equal(90, statistic.Upper);
    }

    [Theory]
    [InlineData("Nhiệm kỳ 2015 - 2020, tỷ lệ đảng viên dự sinh hoạt đạt 91%.", 91)]
    [InlineData("Tỷ lệ giảm từ 95 xuống 91%.", 91)]
    public void WhatIsNotARangeStaysASingleFigure(string text, int value)
    {
        var statistic = Assert.Single(Extractor.Extract(text, ArticleContext.None), s => s.Kind == StatisticKind.Percentage);

        Assert.Equal(value, statistic.Value);
        Assert.Null(statistic.Upper);
    }

    [Fact]
    public void BoundsOutOfOrderAreNoRange() =>
        Assert.DoesNotContain(Extractor.Extract("Tỷ lệ đảng viên dự sinh hoạt đạt 90-85%.", ArticleContext.None), s => s.Upper is not null);

    [Fact]
    public void SingleFiguresHaveNoUpperBound()
    {
        Assert.All(Extractor.Extract("Có 85% đảng viên hoàn thành tốt nhiệm vụ trở lên, 29.255 kỳ sinh hoạt.", ArticleContext.None), s => Assert.Null(s.Upper));
    }
}
