using System.Text;
using ChiBo.Extract.Statistics;

namespace ChiBo.Extract.Tests.Statistics;

public class MetricTaxonomyTests
{
    [Theory]
    [InlineData("members.total", "Tổng số đảng viên")]
    [InlineData("members.rated_good_or_better_rate", "Đảng viên hoàn thành tốt nhiệm vụ trở lên")]
    [InlineData("orgs.rated_excellent_rate", "Tổ chức đảng hoàn thành xuất sắc nhiệm vụ")]
    [InlineData("documents.issued", "Văn bản được ban hành")]
    [InlineData("other", "Khác")]
    public void ShippedTaxonomyHasTheSpecIdsAndLabels(string id, string label) =>
        Assert.Equal(label, MetricTaxonomy.Default.Find(id)?.Label);

    [Fact]
    public void ShippedTaxonomyHasEveryMetricOfTheSpec() => Assert.Equal(20, MetricTaxonomy.Default.Metrics.Count);

    [Fact]
    public void EverySumPartIsAKnownMetric()
    {
        var taxonomy = MetricTaxonomy.Default;

        Assert.All(taxonomy.Metrics.SelectMany(m => m.SumOf), id => Assert.NotNull(taxonomy.Find(id)));
    }

    [Fact]
    public void AMetricAddedToTheFileIsClassifiedWithoutCodeChanges()
    {
        const string json = """
            { "version": 2, "metrics": [ { "id": "youth.union_members", "label": "Đoàn viên", "kinds": ["count"], "cues": [ { "all": ["đoàn viên"] } ] } ] }
            """;
        var taxonomy = MetricTaxonomy.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        var classifier = new KeywordMetricClassifier(taxonomy);

        var assignment = classifier.Classify(new MetricEvidence("count", "người", "đoàn viên mới", "kết nạp 40 đoàn viên mới", "Kết nạp 40 đoàn viên mới.", "Kết nạp ", ""));

        Assert.Equal(2, taxonomy.Version);
        Assert.NotNull(taxonomy.Find(MetricTaxonomy.Other));
        Assert.Equal("youth.union_members", assignment.Metric);
    }

    [Fact]
    public void DuplicateIdsAreRejected()
    {
        const string json = """{ "version": 1, "metrics": [ { "id": "a", "label": "A" }, { "id": "a", "label": "B" } ] }""";

        Assert.Throws<InvalidDataException>(() => MetricTaxonomy.Load(new MemoryStream(Encoding.UTF8.GetBytes(json))));
    }
}
