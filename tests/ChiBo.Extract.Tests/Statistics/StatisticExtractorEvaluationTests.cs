using ChiBo.Extract.Model;
using ChiBo.Extract.Statistics;
using ChiBo.Extract.Tests.Statistics.Support;

namespace ChiBo.Extract.Tests.Statistics;

/// <summary>
/// Evaluation gate for the statistic extractor on the whole hand-labelled set (Gold/README.md): a found statistic is
/// right for "span" when its [start, end) is the labelled one, for "value" when the value also matches, for
/// "qualifier" when the qualifier matches too. Precision is over what the extractor found, recall over the labels.
/// The floors sit just under the measured run; raising one is a commit of its own.
/// </summary>
public sealed class StatisticExtractorEvaluationTests
{
    private const double SpanF1Floor = 0.95;
    private const double ValueF1Floor = 0.95;
    private const double QualifierF1Floor = 0.90;

    private static readonly StatisticExtractor Extractor = new(KeywordMetricClassifier.Default);

    [Fact]
    public void SpanValueAndQualifierF1OnTheLabelledSetStayAboveTheFloors()
    {
        var texts = GoldStatistics.Texts();
        int found = 0, labelled = 0, span = 0, value = 0, qualifier = 0;
        foreach (var article in GoldStatistics.Set.Articles)
        {
            var statistics = Extractor.Extract(texts[article.Key], ArticleContext.None);
            var byStart = statistics.ToLookup(s => (s.Start, s.End));
            found += statistics.Count;
            labelled += article.Statistics.Count;
            foreach (var label in article.Statistics)
            {
                var match = byStart[(label.Start, label.End)].FirstOrDefault();
                if (match is null)
                {
                    continue;
                }

                span++;
                if (match.Value == label.Value)
                {
                    value++;
                    qualifier += match.Qualifier == label.Qualifier ? 1 : 0;
                }
            }
        }

        var spanF1 = Report("span", span, found, labelled);
        var valueF1 = Report("value", value, found, labelled);
        var qualifierF1 = Report("qualifier", qualifier, found, labelled);
        Assert.True(spanF1 >= SpanF1Floor, $"span F1 {spanF1:F3} fell below {SpanF1Floor:F3}");
        Assert.True(valueF1 >= ValueF1Floor, $"value F1 {valueF1:F3} fell below {ValueF1Floor:F3}");
        Assert.True(qualifierF1 >= QualifierF1Floor, $"qualifier F1 {qualifierF1:F3} fell below {QualifierF1Floor:F3}");
    }

    private static double Report(string what, int right, int found, int labelled)
    {
        var precision = found == 0 ? 0 : (double)right / found;
        var recall = labelled == 0 ? 0 : (double)right / labelled;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        var line = $"{what}: precision {precision:F3} recall {recall:F3} F1 {f1:F3} ({right} right, {found} found, {labelled} labelled)";
        TestContext.Current.SendDiagnosticMessage(line);
        TestContext.Current.TestOutputHelper?.WriteLine(line);
        return f1;
    }
}
