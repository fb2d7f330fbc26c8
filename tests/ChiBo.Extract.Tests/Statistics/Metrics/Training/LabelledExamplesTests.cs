using System.Text;
using ChiBo.Extract.Statistics;
using ChiBo.Extract.Statistics.Metrics.Training;
using ChiBo.Extract.Tests.Statistics.Support;

namespace ChiBo.Extract.Tests.Statistics.Metrics.Training;

public sealed class LabelledExamplesTests
{
    [Fact]
    public void EveryWrittenExampleOfTheTaxonomyMarksAFigureTheExtractorFinds()
    {
        var written = LabelledExamples.Written(MetricTaxonomy.Default);

        Assert.Equal(MetricTaxonomy.Default.Metrics.Sum(m => m.Examples.Count), written.Count);
        Assert.All(written, e => Assert.Equal(e.Label.Text, e.Label.Text.Trim()));
        Assert.Contains(written, e => e.Label.Metric == "cells.regular_meetings_rate" && e.Label.Text == "98%");
    }

    [Fact]
    public void AWrittenExampleWhoseMarkHoldsNoFigureIsRejected()
    {
        const string json = """{ "version": 2, "metrics": [ { "id": "youth.union_members", "label": "Đoàn viên", "examples": ["Kết nạp [[nhiều]] đoàn viên."] } ] }""";
        var taxonomy = MetricTaxonomy.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)));

        Assert.Throws<InvalidDataException>(() => LabelledExamples.Written(taxonomy));
    }

    [Fact]
    public void ALabelledSpanTheExtractorFindsGetsTheExtractorsOwnEvidence()
    {
        var example = Assert.Single(GoldStatistics.Train(), e => e.Article.Id.StartsWith("001", StringComparison.Ordinal) && e.Label.Text == "217");

        Assert.Equal("đảng viên", example.Evidence.Unit);
        Assert.Contains("thi hành kỷ luật", example.Evidence.Before, StringComparison.Ordinal);
        Assert.Equal("discipline.count", example.Label.Metric);
    }

    [Fact]
    public void ALabelledSpanTheExtractorMissesIsReadFromItsSentence()
    {
        var example = Assert.Single(GoldStatistics.Test(), e => e.Article.Id == "baomoi-21491189" && e.Label.Text == "một");

        Assert.Null(example.Evidence.Subject);
        Assert.EndsWith("thi hành kỷ luật ", example.Evidence.Before, StringComparison.Ordinal);
        Assert.Contains("thi hành kỷ luật một tổ chức đảng và 120 đảng viên", example.Evidence.Near, StringComparison.Ordinal);
    }
}
