using ChiBo.Extract.Model;
using ChiBo.Extract.Statistics;
using ChiBo.Extract.Tests.Statistics.Support;

namespace ChiBo.Extract.Tests.Statistics;

public class StatisticExtractorTests
{
    private static readonly StatisticExtractor Extractor = new();

    // acceptance.md, Percentages: seed, value, qualifier, and words of the sentence that tell repeated values apart.
    [Theory]
    [InlineData("000", "91", StatisticQualifier.Over, "tham gia sinh hoạt đạt trên 91")]
    [InlineData("000", "100", StatisticQualifier.Exact, "100% các chi bộ")]
    [InlineData("000", "85", StatisticQualifier.Exact, "85% đảng viên")]
    [InlineData("000", "90", StatisticQualifier.Over, "sinh hoạt chi bộ thường xuyên")]
    [InlineData("000", "90", StatisticQualifier.Over, "tỷ lệ MTTQ")]
    [InlineData("001", "94.2", StatisticQualifier.Average, "bình quân đạt")]
    [InlineData("001", "88", StatisticQualifier.Over, "hơn 88%")]
    [InlineData("002", "100", StatisticQualifier.Exact, "100% Chi bộ")]
    [InlineData("002", "90", StatisticQualifier.Exact, "90% Chi bộ")]
    [InlineData("002", "85", StatisticQualifier.Average, "trung bình đạt")]
    [InlineData("002", "100", StatisticQualifier.Exact, "khối cơ quan hành chính")]
    [InlineData("004", "19.64", StatisticQualifier.Exact, "11/56")]
    [InlineData("004", "80.35", StatisticQualifier.Exact, "45 đơn vị")]
    [InlineData("004", "16.28", StatisticQualifier.Exact, "857/5.262")]
    [InlineData("004", "76.99", StatisticQualifier.Exact, "4.051")]
    public void EveryAcceptancePercentageIsFoundWithItsQualifier(string seed, string value, string qualifier, string sentenceContains)
    {
        var statistic = Seeds.Percentage(seed, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), sentenceContains);

        Assert.Equal(qualifier, statistic.Qualifier);
        Assert.Equal("%", statistic.Unit);
    }

    [Theory]
    [InlineData("000", 5)]
    [InlineData("001", 2)]
    [InlineData("002", 4)]
    [InlineData("003", 0)]
    [InlineData("004", 4)]
    public void EachSeedHasExactlyItsAcceptancePercentages(string seed, int count) =>
        Assert.Equal(count, Seeds.Statistics(seed).Count(s => s.Kind == StatisticKind.Percentage));

    [Fact]
    public void FigureRepeatedInARepeatedParagraphIsReportedOnce()
    {
        var statistics = Seeds.Statistics("000");

        Assert.Single(statistics, s => s.Kind == StatisticKind.Percentage && s.Value == 91);
        Assert.Single(statistics, s => s.Value == 29255);
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void OffsetsSliceTheFigureOutOfTheArticle(string seed)
    {
        var text = Seeds.Text(seed);
        foreach (var statistic in Seeds.Statistics(seed))
        {
            Assert.Equal(statistic.Text, text[statistic.Start..statistic.End]);
            Assert.Contains(statistic.Text, statistic.Sentence, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("19.64", "11/56", 11, 56)]
    [InlineData("80.35", "45 đơn vị", 45, 56)]
    [InlineData("16.28", "857/5.262", 857, 5262)]
    [InlineData("76.99", "4.051", 4051, 5262)]
    public void BenTrePercentagesCarryTheirFractionAndAgreeWithIt(string value, string sentenceContains, int numerator, int denominator)
    {
        var statistic = Seeds.Percentage("004", decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), sentenceContains);

        Assert.Equal(numerator, statistic.Numerator);
        Assert.Equal(denominator, statistic.Denominator);
        Assert.Equal(FractionConsistency.Consistent, statistic.Consistency);
    }

    [Fact]
    public void PercentageThatDisagreesWithItsFractionIsFlaggedNotCorrected()
    {
        var statistic = Assert.Single(
            Extractor.Extract("Có 11/56 đơn vị hoàn thành xuất sắc nhiệm vụ, chiếm tỷ lệ 25,5%.", ArticleContext.None),
            s => s.Kind == StatisticKind.Percentage);

        Assert.Equal(25.5m, statistic.Value);
        Assert.Equal(FractionConsistency.Inconsistent, statistic.Consistency);
    }

    [Fact]
    public void FractionIsAFigureOfItsOwnWithItsCountedNoun()
    {
        var fraction = Assert.Single(Seeds.Statistics("004"), s => s.Text == "857/5.262");

        Assert.Equal(StatisticKind.Fraction, fraction.Kind);
        Assert.Equal("đảng viên", fraction.Unit);
        Assert.Equal(857, fraction.Numerator);
        Assert.Equal(5262, fraction.Denominator);
    }

    [Theory]
    [InlineData("000", "29.255", 29255, "kỳ sinh hoạt")]
    [InlineData("002", "9.255", 9255, "đảng viên")]
    [InlineData("002", "68", 68, "tổ chức cơ sở đảng")]
    [InlineData("001", "153", 153, "đảng viên")]
    [InlineData("000", "105", 105, "cuộc kiểm tra")]
    [InlineData("001", "217", 217, "đảng viên")]
    [InlineData("001", "11", 11, "nghị quyết")]
    public void CountsCarryTheirNormalisedNoun(string seed, string written, int value, string unit)
    {
        var count = Assert.Single(Seeds.Statistics(seed), s => s.Kind == StatisticKind.Count && s.Text == written);

        Assert.Equal(value, count.Value);
        Assert.Equal(unit, count.Unit);
    }

    [Theory]
    [InlineData("Điện thoại : 02753.827.114 | Fax: 02753.554.529")]
    [InlineData("Trụ sở: Số 7A, Đại lộ Đồng Khởi, Phường 4, TP. Bến Tre")]
    [InlineData("Thực hiện Nghị quyết số 06-NQ/HU, ngày 01/04/2009 của Huyện ủy về 12 chi bộ.")]
    [InlineData("Chỉ thị 05/CT-TW của Bộ Chính trị và Nghị định 12/2023/NĐ-CP.")]
    [InlineData("Nghị quyết số 06 của Huyện ủy, Đề án 01 của BTV Tỉnh ủy.")]
    [InlineData("Sáng ngày 20/6/2024, tính đến tháng 5/2024, năm 2018.")]
    [InlineData("Nghị quyết Đại hội Đảng bộ tỉnh lần thứ 16, Ban Chấp hành khóa 19, Nghị quyết Trung ương 4.")]
    [InlineData("Lượt người xem:   806")]
    [InlineData("Sơ kết 3 năm thực hiện Đề án - Ảnh 1.")]
    [InlineData("20/06/2024 | 16:48")]
    [InlineData("Chiều 10/7, đoàn làm việc.")]
    [InlineData("Báo cáo trước 30/6.")]
    [InlineData("Trao đổi hôm qua (9/2).")]
    [InlineData("Áp dụng từ 1/1 năm nay.")]
    [InlineData("Ông A ngụ 35/1 Nguyễn Trãi.")]
    [InlineData("Luật không quy định nội dung này; công dân không đồng tình; đơn vị không báo cáo.")]
    [InlineData("Theo Điều 9 Điều lệ Đảng Cộng sản Việt Nam 2011 quy định như sau.")]
    [InlineData("Bí thư Tỉnh ủy nhiệm kỳ 2010 - 2015 đồng chí Nguyễn Văn A phát biểu.")]
    [InlineData("Thời gian: 01 buổi sáng, ngày 26/11/2025.")]
    [InlineData("Đợt 2 Cuộc thi bắt đầu; xem Phụ lục 2 Quy định 366; tỉnh xếp 14/63 tỉnh, thành phố.")]
    [InlineData("Ý kiến ( ) 0 / 500 ký tự Gửi")]
    public void IdentifiersAreNotStatistics(string text)
    {
        var statistics = Extractor.Extract(text, ArticleContext.None);

        Assert.DoesNotContain(statistics, s => s.Unit != "chi bộ");
    }

    [Fact]
    public void SeedChromeYieldsNoStatistic()
    {
        var text = Seeds.Text("004");
        var footer = text.IndexOf("Lượt người xem", StringComparison.Ordinal);

        Assert.DoesNotContain(Seeds.Statistics("004"), s => s.Start >= footer);
    }

    [Theory]
    [InlineData("000", "91", "tham gia sinh hoạt đạt trên 91", "2009–2019")]
    [InlineData("004", "16.28", "857/5.262", "2018")]
    [InlineData("004", "80.35", "45 đơn vị", "2018")]
    public void PeriodComesFromTheSentenceOrItsParagraph(string seed, string value, string sentenceContains, string period) =>
        Assert.Equal(period, Seeds.Percentage(seed, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), sentenceContains).Period);

    [Fact]
    public void BareTermTakesTheTermNamedEarlier()
    {
        var discipline = Assert.Single(Seeds.Statistics("001"), s => s.Value == 217);

        Assert.Equal("2015–2020", discipline.Period);
    }

    [Fact]
    public void LocalityIsTheArticlesUnlessTheSentenceNamesAnother()
    {
        var text = "Huyện Yên Lạc có 85% đảng viên hoàn thành tốt nhiệm vụ. Huyện Tam Dương có 80% đảng viên hoàn thành tốt nhiệm vụ.";
        var statistics = Extractor.Extract(text, Seeds.Context("000"));

        Assert.Equal("huyện Yên Lạc, tỉnh Vĩnh Phúc", statistics[0].Locality);
        Assert.Equal("huyện Tam Dương", statistics[1].Locality);
    }

    [Theory]
    [InlineData("000", "85", "85% đảng viên", "đảng viên hoàn thành tốt nhiệm vụ trở lên")]
    [InlineData("000", "91", "tham gia sinh hoạt đạt trên 91", "tỷ lệ đảng viên tham gia sinh hoạt")]
    [InlineData("001", "94.2", "bình quân đạt", "tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên")]
    [InlineData("004", "16.28", "857/5.262", "đảng viên hoàn thành xuất sắc nhiệm vụ")]
    [InlineData("004", "80.35", "45 đơn vị", "đơn vị hoàn thành tốt nhiệm vụ")]
    public void SubjectSaysWhatIsMeasured(string seed, string value, string sentenceContains, string subject) =>
        Assert.Equal(subject, Seeds.Percentage(seed, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), sentenceContains).Subject);

    [Fact]
    public void SentenceIsSplitAtSemicolonsButNotInsideNumbers()
    {
        var statistic = Assert.Single(Seeds.Statistics("004"), s => s.Text == "857/5.262");

        Assert.Equal("Về đảng viên, hoàn thành xuất sắc nhiệm vụ 857/5.262 đảng viên, chiếm tỷ lệ 16,28%", statistic.Sentence);
    }

    [Theory]
    [InlineData("có khoảng 70% đảng viên dự họp.", StatisticQualifier.Approx)]
    [InlineData("có gần 100% chi bộ sinh hoạt đúng quy định.", StatisticQualifier.Approx)]
    [InlineData("có hơn 60% một chút đảng viên dự họp.", StatisticQualifier.Approx)]
    [InlineData("có dưới 5% đảng viên không hoàn thành nhiệm vụ.", StatisticQualifier.Under)]
    [InlineData("có chưa đến 5% đảng viên vắng mặt.", StatisticQualifier.Under)]
    [InlineData("tỷ lệ tối thiểu 95% chi bộ sinh hoạt đúng kỳ.", StatisticQualifier.AtLeast)]
    [InlineData("tỷ lệ đảng viên dự họp đạt 90% trở lên.", StatisticQualifier.AtLeast)]
    [InlineData("tỷ lệ đảng viên dự họp vượt 95%.", StatisticQualifier.Over)]
    [InlineData("tỷ lệ xấp xỉ 50% chi bộ.", StatisticQualifier.Approx)]
    [InlineData("lãng phí hàng nghìn tỷ đồng.", StatisticQualifier.Approx)]
    [InlineData("doanh nghiệp từ 30 lao động trở xuống.", StatisticQualifier.Under)]
    public void QualifierWordsAroundTheNumberAreRead(string text, string qualifier) =>
        Assert.Equal(qualifier, Assert.Single(Extractor.Extract(text, ArticleContext.None)).Qualifier);

    [Theory]
    [InlineData("Diện tích gieo trồng là 1038,5ha, đạt kế hoạch.", "1038,5", "ha")]
    [InlineData("Khu đất có diện tích 1.700m2 nằm trên mặt tiền.", "1.700", "m²")]
    [InlineData("Thu hồi được 88 khu đất với diện tích hơn 204 hecta.", "204", "ha")]
    [InlineData("Kỷ luật khiển trách 9 cá nhân và 2 tập thể.", "9", "cá nhân")]
    [InlineData("Công an huyện đã khởi tố 14 bị can.", "14", "bị can")]
    [InlineData("Cả nước đã thành lập 5 đoàn kiểm tra.", "5", "đoàn kiểm tra")]
    [InlineData("Kết quả được 63 tỉnh, thành phố báo cáo.", "63", "tỉnh, thành phố")]
    [InlineData("Mấy vạn đồng bào đã vỗ tay.", "vạn", "đồng bào")]
    public void CountsOfCommonNounsAndGluedUnitsAreFigures(string text, string written, string unit) =>
        Assert.Contains(Extractor.Extract(text, ArticleContext.None), s => s.Text == written && s.Unit == unit);

    [Theory]
    [InlineData("Năm nay kết nạp hai mươi tư đảng viên.", 24, "hai mươi tư")]
    [InlineData("Đã tổ chức một trăm linh năm cuộc kiểm tra.", 105, "một trăm linh năm")]
    [InlineData("Đóng góp 1 triệu rưỡi đồng cho quỹ.", 1_500_000, "1 triệu rưỡi")]
    [InlineData("Có chín mươi phần trăm chi bộ sinh hoạt đều.", 90, "chín mươi phần trăm")]
    public void SpelledOutNumbersAreFigures(string text, int value, string written)
    {
        var statistic = Assert.Single(Extractor.Extract(text, ArticleContext.None));

        Assert.Equal(value, statistic.Value);
        Assert.Equal(written, statistic.Text);
    }

    [Theory]
    [InlineData("Tỷ lệ đảng viên dự sinh hoạt tăng 5% so với năm trước.", "increase")]
    [InlineData("Số đảng viên vi phạm giảm 12 đảng viên so với nhiệm kỳ trước.", "decrease")]
    [InlineData("Tỷ lệ đảng viên dự sinh hoạt đạt 95%.", null)]
    public void ChangesAreToldApartFromLevels(string text, string? change) =>
        Assert.Equal(change, Assert.Single(Extractor.Extract(text, ArticleContext.None)).Change);

    [Fact]
    public void FromToNamesTwoLevelsNotChanges()
    {
        var statistics = Seeds.Statistics("001").Where(s => s.Unit is "thôn" or "thôn, tổ dân phố").ToList();

        Assert.Equal([175m, 146m], statistics.Select(s => s.Value));
        Assert.All(statistics, s => Assert.Null(s.Change));
    }
}
