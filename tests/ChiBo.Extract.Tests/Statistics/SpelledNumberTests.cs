using ChiBo.Extract.Statistics;

namespace ChiBo.Extract.Tests.Statistics;

public class SpelledNumberTests
{
    [Theory]
    [InlineData("hai mươi tư", "24")]
    [InlineData("hai mươi mốt", "21")]
    [InlineData("mười lăm", "15")]
    [InlineData("một trăm linh năm", "105")]
    [InlineData("ba trăm lẻ hai", "302")]
    [InlineData("hai trăm rưỡi", "250")]
    [InlineData("nghìn rưỡi", "1500")]
    [InlineData("1 triệu rưỡi", "1500000")]
    [InlineData("3,5 triệu", "3500000")]
    [InlineData("hai triệu ba trăm nghìn", "2300000")]
    [InlineData("chín mươi", "90")]
    [InlineData("nghìn tỉ", "1000000000000")]
    [InlineData("5,13 nghìn tỷ", "5130000000000")]
    [InlineData("chục tỉ", "10000000000")]
    [InlineData("chục nghìn tỉ", "10000000000000")]
    [InlineData("ba chục", "30")]
    [InlineData("1,3 vạn", "13000")]
    [InlineData("chục vạn", "100000")]
    public void WordsReadAsNumbers(string phrase, string expected)
    {
        Assert.True(SpelledNumber.TryParse(phrase, out var value));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("mươi")]
    [InlineData("hai ba")]
    [InlineData("linh năm")]
    [InlineData("rưỡi")]
    [InlineData("hai đảng")]
    public void MalformedPhrasesAreRejected(string phrase) => Assert.False(SpelledNumber.TryParse(phrase, out _));
}
