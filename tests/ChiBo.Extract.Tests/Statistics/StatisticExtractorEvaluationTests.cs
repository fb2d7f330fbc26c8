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
    // Measured 0.915 / 0.915 / 0.894 on 1,743 labels (train split 0.917, test split 0.910). The set was 0.967 on its
    // first 592 labels; the 1,151 added from State and Party news count many nouns the grammar does not know.
    private const double SpanF1Floor = 0.90;
    private const double ValueF1Floor = 0.90;
    private const double QualifierF1Floor = 0.88;

    private static readonly StatisticExtractor Extractor = new(KeywordMetricClassifier.Default);

    [Fact]
    public void SpanValueAndQualifierF1OnTheLabelledSetStayAboveTheFloors()
    {
        var texts = GoldStatistics.Texts();
        var whole = new Tally();
        var bySplit = new Dictionary<string, Tally>(StringComparer.Ordinal);
        foreach (var article in GoldStatistics.Set.Articles)
        {
            var statistics = Extractor.Extract(texts[article.Key], ArticleContext.None);
            var byStart = statistics.ToLookup(s => (s.Start, s.End));
            var split = bySplit.TryGetValue(article.Split, out var t) ? t : bySplit[article.Split] = new Tally();
            foreach (var tally in new[] { whole, split })
            {
                tally.Found += statistics.Count;
                tally.Labelled += article.Statistics.Count;
            }

            foreach (var label in article.Statistics)
            {
                var match = byStart[(label.Start, label.End)].FirstOrDefault();
                if (match is null)
                {
                    continue;
                }

                foreach (var tally in new[] { whole, split })
                {
                    tally.Span++;
                    if (match.Value == label.Value)
                    {
                        tally.Value++;
                        tally.Qualifier += match.Qualifier == label.Qualifier ? 1 : 0;
                    }
                }
            }
        }

        // The grammar and its noun list were extended on what the train split showed; the test split tells whether that carried over.
        foreach (var (split, tally) in bySplit.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            Report($"{split} split span", tally.Span, tally.Found, tally.Labelled);
        }

        var spanF1 = Report("span", whole.Span, whole.Found, whole.Labelled);
        var valueF1 = Report("value", whole.Value, whole.Found, whole.Labelled);
        var qualifierF1 = Report("qualifier", whole.Qualifier, whole.Found, whole.Labelled);
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

    private sealed class Tally
    {
        public int Found { get; set; }

        public int Labelled { get; set; }

        public int Span { get; set; }

        public int Value { get; set; }

        public int Qualifier { get; set; }
    }
}
