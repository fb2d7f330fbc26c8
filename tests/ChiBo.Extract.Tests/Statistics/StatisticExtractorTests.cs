using System.Globalization;
using ChiBo.Extract.Model;
using ChiBo.Extract.Statistics;
using ChiBo.Ingest.Model;
using ChiBo.TestSupport;

namespace ChiBo.Extract.Tests.Statistics;

public class StatisticExtractorTests
{
    private static readonly StatisticExtractor Extractor = new();

    [Theory]
    [InlineData("000", "91:over 100:exact 85:exact 90:over 90:over")]
    [InlineData("001", "94.2:average 88:over")]
    [InlineData("002", "100:exact 90:exact 85:average 100:exact")]
    [InlineData("003", "")]
    [InlineData("004", "19.64:exact 80.35:exact 16.28:exact 76.99:exact")]
    public void SeedPercentagesAreFoundOnceWithTheirQualifiers(string seed, string expected)
    {
        var text = File.ReadAllText(RepositoryPaths.CorpusFile(seed));

        var found = Extractor.Extract(text, ArticleContext.None)
            .Where(s => s.Kind == "percentage")
            .Select(s => $"{s.Value.ToString(CultureInfo.InvariantCulture)}:{s.Qualifier}")
            .Order(StringComparer.Ordinal);

        Assert.Equal(expected.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal), found);
    }

    [Fact]
    public void OffsetsPointAtTheFigureAndTheSentenceHoldsIt()
    {
        var text = File.ReadAllText(RepositoryPaths.CorpusFile("004"));

        foreach (var s in Extractor.Extract(text, ArticleContext.None))
        {
            Assert.Equal(s.Text, text[s.Start..s.End]);
            Assert.Contains(s.Text, s.Sentence, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("19.64", "11", "56", "orgs.rated_excellent_rate")]
    [InlineData("80.35", "45", "56", "orgs.rated_good_rate")]
    [InlineData("16.28", "857", "5262", "members.rated_excellent_rate")]
    [InlineData("76.99", "4051", "5262", "members.rated_good_rate")]
    public void PercentageWithItsFractionCarriesNumeratorDenominatorAndMetric(string value, string numerator, string denominator, string metric)
    {
        var text = File.ReadAllText(RepositoryPaths.CorpusFile("004"));

        var s = Assert.Single(Extractor.Extract(text, ArticleContext.None), s => s.Kind == "percentage" && s.Value == decimal.Parse(value, CultureInfo.InvariantCulture));

        Assert.Equal(decimal.Parse(numerator, CultureInfo.InvariantCulture), s.Numerator);
        Assert.Equal(decimal.Parse(denominator, CultureInfo.InvariantCulture), s.Denominator);
        Assert.Equal("consistent", s.Consistency);
        Assert.Equal(metric, s.Metric);
    }

    [Theory]
    [InlineData("001", "94.2", "orgs.rated_good_or_better_rate")]
    [InlineData("001", "88", "members.rated_good_or_better_rate")]
    [InlineData("000", "85", "members.rated_good_or_better_rate")]
    [InlineData("000", "91", "members.meeting_attendance_rate")]
    public void KeywordRulesAssignTheMetric(string seed, string value, string metric)
    {
        var text = File.ReadAllText(RepositoryPaths.CorpusFile(seed));

        var s = Extractor.Extract(text, ArticleContext.None).First(s => s.Kind == "percentage" && s.Value == decimal.Parse(value, CultureInfo.InvariantCulture));

        Assert.Equal(metric, s.Metric);
    }

    [Theory]
    [InlineData("000", "29.255 kỳ sinh hoạt", "29255", "kỳ sinh hoạt")]
    [InlineData("002", "9.255 đảng viên", "9255", "đảng viên")]
    [InlineData("002", "68 tổ chức cơ sở Đảng", "68", "tổ chức cơ sở đảng")]
    [InlineData("001", "153 đảng viên", "153", "đảng viên")]
    [InlineData("000", "105 cuộc kiểm tra", "105", "cuộc kiểm tra")]
    [InlineData("001", "217 đảng viên", "217", "đảng viên")]
    public void CountsCarryTheirCountedNoun(string seed, string written, string value, string unit)
    {
        var text = File.ReadAllText(RepositoryPaths.CorpusFile(seed));

        var s = Assert.Single(Extractor.Extract(text, ArticleContext.None), s => s.Text == written);

        Assert.Equal("count", s.Kind);
        Assert.Equal(decimal.Parse(value, CultureInfo.InvariantCulture), s.Value);
        Assert.Equal(unit, s.Unit);
    }

    [Theory]
    [InlineData("Điện thoại : 02753.827.114 | Fax: 02753.554.529")]
    [InlineData("Quyết định số 707-QĐ/TU ngày 5/11/2018 của Ban Thường vụ")]
    [InlineData("Sáng ngày 20/6/2024, tính đến tháng 5/2024")]
    [InlineData("Lượt người xem:   806")]
    [InlineData("Trụ sở: Số 7A, Đại lộ Đồng Khởi, Phường 4")]
    [InlineData("nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI, nhiệm kỳ 2015 - 2020")]
    public void NonStatisticsAreNotFigures(string text) => Assert.Empty(Extractor.Extract(text, ArticleContext.None));

    [Fact]
    public void RelativePeriodIsResolvedAgainstThePublicationDate()
    {
        var context = new ArticleContext(Published: new PublishedDate(new DateOnly(2019, 11, 8)));

        var s = Assert.Single(Extractor.Extract("10 năm qua, tỷ lệ đảng viên tham gia sinh hoạt đạt trên 91%.", context));

        Assert.Equal("2009–2019", s.Period);
    }

    [Theory]
    [InlineData("94,2", 94.2)]
    [InlineData("29.255", 29255)]
    [InlineData("5.262", 5262)]
    [InlineData("19,64", 19.64)]
    [InlineData("1.234.567,5", 1234567.5)]
    [InlineData("80.35", 80.35)]
    public void VietnameseNumbersParse(string written, double expected)
    {
        Assert.True(VietnameseNumber.TryParse(written, out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData(19.64, 11, 56, 2, "consistent")]
    [InlineData(80.35, 45, 56, 2, "consistent")]
    [InlineData(76.99, 4051, 5262, 2, "consistent")]
    [InlineData(25.0, 11, 56, 1, "inconsistent")]
    public void ConsistencyAcceptsRoundingAndTruncationOnly(double printed, int n, int d, int decimals, string expected) =>
        Assert.Equal(expected, StatisticExtractor.CheckConsistency((decimal)printed, n, d, decimals));
}
