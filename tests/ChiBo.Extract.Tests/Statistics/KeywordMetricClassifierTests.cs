using ChiBo.Extract.Statistics;
using ChiBo.Extract.Tests.Statistics.Support;

namespace ChiBo.Extract.Tests.Statistics;

public class KeywordMetricClassifierTests
{
    // statistics.md §2 examples, found in the seeds: seed, figure as written, words of its sentence, metric.
    [Theory]
    [InlineData("000", "85%", "85% đảng viên", "members.rated_good_or_better_rate")]
    [InlineData("001", "88%", "hơn 88%", "members.rated_good_or_better_rate")]
    [InlineData("001", "94,2%", "bình quân đạt", "orgs.rated_good_or_better_rate")]
    [InlineData("004", "16,28%", "857/5.262", "members.rated_excellent_rate")]
    [InlineData("004", "76,99%", "4.051", "members.rated_good_rate")]
    [InlineData("004", "19,64%", "11/56", "orgs.rated_excellent_rate")]
    [InlineData("004", "80,35%", "45 đơn vị", "orgs.rated_good_rate")]
    [InlineData("000", "91%", "tham gia sinh hoạt", "members.meeting_attendance_rate")]
    [InlineData("000", "90%", "tỷ lệ MTTQ", "mass_orgs.strong_rate")]
    [InlineData("002", "100%", "sinh hoạt thường kỳ", "cells.regular_meetings_rate")]
    [InlineData("002", "90%", "90% Chi bộ tổ chức", "cells.thematic_meetings")]
    [InlineData("000", "29.255", "kỳ sinh hoạt", "meetings.count")]
    [InlineData("000", "105", "105 cuộc kiểm tra", "inspections.count")]
    [InlineData("000", "57", "57 cuộc giám sát", "supervisions.count")]
    [InlineData("001", "217", "kỷ luật", "discipline.count")]
    [InlineData("001", "153", "kết nạp", "members.admitted")]
    [InlineData("001", "52", "giám sát 52", "supervisions.count")]
    [InlineData("001", "20", "20 đảng viên", "inspections.count")]
    [InlineData("002", "9.255", "9.255 đảng viên", "members.total")]
    [InlineData("002", "68", "68 tổ chức", "base_orgs.total")]
    [InlineData("002", "311", "311 Chi bộ", "cells.total")]
    [InlineData("001", "2095", "Công văn", "documents.issued")]
    public void SeedFiguresGetTheSpecMetric(string seed, string written, string sentenceContains, string metric)
    {
        var statistic = Assert.Single(
            Seeds.KeywordStatistics(seed), s => s.Text == written && s.Sentence.Contains(sentenceContains, StringComparison.Ordinal));

        Assert.Equal(metric, statistic.Metric);
        Assert.InRange(statistic.Confidence, KeywordMetricClassifier.MinimumConfidence, 1);
    }

    [Fact]
    public void NoCueMeansOtherWithLowConfidence()
    {
        var assignment = KeywordMetricClassifier.Default.Classify(
            new MetricEvidence(StatisticKind.Count, "hộ", "hộ gia đình", "120 hộ gia đình", "Có 120 hộ gia đình.", "Có ", ""));

        Assert.Equal(MetricTaxonomy.Other, assignment.Metric);
        Assert.True(assignment.Confidence < KeywordMetricClassifier.MinimumConfidence);
    }

    [Fact]
    public void TiedCuesFallBackToOtherKeepingTheConfidence()
    {
        var assignment = KeywordMetricClassifier.Default.Classify(
            new MetricEvidence(StatisticKind.Count, "cuộc", "cuộc kiểm tra, giám sát", "05 cuộc kiểm tra, giám sát", "Thực hiện 05 cuộc kiểm tra, giám sát.", "Thực hiện ", ""));

        Assert.Equal(MetricTaxonomy.Other, assignment.Metric);
        Assert.True(assignment.Confidence > 0);
    }
}
