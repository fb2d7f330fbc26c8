using ChiBo.Extract.Statistics;

namespace ChiBo.Extract.Tests.Statistics;

public class VietnameseNumberTests
{
    [Theory]
    [InlineData("94,2", "94.2")]
    [InlineData("29.255", "29255")]
    [InlineData("5.262", "5262")]
    [InlineData("19,64", "19.64")]
    [InlineData("1.234.567", "1234567")]
    [InlineData("1.234,5", "1234.5")]
    [InlineData("03", "3")]
    [InlineData("100", "100")]
    public void VietnameseFormatsParse(string written, string expected)
    {
        Assert.True(VietnameseNumber.TryParse(written, out var value));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("02753.827.114")]
    [InlineData("3.5")]
    [InlineData("12.34")]
    [InlineData("1234.567")]
    [InlineData("1.2345")]
    [InlineData("94,")]
    [InlineData("1,2,3")]
    public void ShapesThatAreNotVietnameseNumbersAreRejected(string written) =>
        Assert.False(VietnameseNumber.TryParse(written, out _));

    [Theory]
    [InlineData("80,35", 2)]
    [InlineData("94,2", 1)]
    [InlineData("85", 0)]
    public void DecimalPlacesAreCountedAfterTheComma(string written, int places) =>
        Assert.Equal(places, VietnameseNumber.DecimalPlaces(written));
}
