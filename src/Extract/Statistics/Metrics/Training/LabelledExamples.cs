using ChiBo.Extract.Model;

namespace ChiBo.Extract.Statistics.Metrics.Training;

/// <summary>
/// Builds the classifier's evidence for hand-labelled spans, so a metric classifier is trained and scored on the
/// labels independently of span errors: where the extractor found the same figure its own evidence is used (what the
/// classifier sees in production); where it missed the figure, the same fields are read from the sentence around the
/// labelled span, with no subject.
/// </summary>
public static class LabelledExamples
{
    /// <summary>The <see cref="LabelledArticle.Source"/> of the taxonomy's written examples.</summary>
    public const string WrittenSource = "taxonomy";

    private static readonly StatisticExtractor Extractor = new(KeywordMetricClassifier.Default);

    public static IReadOnlyList<LabelledExample> For(IEnumerable<LabelledArticle> articles, IReadOnlyDictionary<string, string> texts)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(texts);
        var examples = new List<LabelledExample>();
        foreach (var article in articles)
        {
            var text = texts[article.Key];
            var found = Extractor.ExtractWithEvidence(text, ArticleContext.None);
            foreach (var label in article.Statistics)
            {
                var match = found.FirstOrDefault(s => s.Statistic.Start == label.Start)
                    ?? found.FirstOrDefault(s => s.Statistic.Start < label.End && label.Start < s.Statistic.End);
                var evidence = match is null ? FromSentence(text, label) : match.Evidence with { Kind = label.Kind, Unit = label.Unit };
                examples.Add(new LabelledExample(article, label, evidence));
            }
        }

        return examples;
    }

    /// <summary>
    /// The example sentences of the taxonomy (<see cref="MetricDefinition.Examples"/>), each with its [[marked]] figure
    /// read by the extractor. Throws when an example has no mark or the extractor finds no figure there.
    /// </summary>
    public static IReadOnlyList<LabelledExample> Written(MetricTaxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        var examples = new List<LabelledExample>();
        foreach (var metric in taxonomy.Metrics)
        {
            for (var i = 0; i < metric.Examples.Count; i++)
            {
                var marked = metric.Examples[i];
                var start = marked.IndexOf("[[", StringComparison.Ordinal);
                var end = marked.IndexOf("]]", StringComparison.Ordinal);
                if (start < 0 || end < start)
                {
                    throw new InvalidDataException($"Example of {metric.Id} has no [[figure]]: {marked}");
                }

                var text = marked.Remove(end, 2).Remove(start, 2);
                var found = Extractor.ExtractWithEvidence(text, ArticleContext.None).FirstOrDefault(s => s.Statistic.Start == start)
                    ?? throw new InvalidDataException($"Example of {metric.Id}: no figure found at its mark: {marked}");
                var article = new LabelledArticle
                {
                    Source = WrittenSource,
                    Id = $"{metric.Id}#{i}",
                    Length = text.Length,
                    Sha256 = "",
                    Split = LabelledStatisticSet.Train,
                    Statistics = [],
                };
                var label = new LabelledStatistic
                {
                    Start = start,
                    End = found.Statistic.End,
                    Text = found.Statistic.Text,
                    Value = found.Statistic.Value,
                    Kind = found.Statistic.Kind,
                    Unit = found.Statistic.Unit,
                    Qualifier = found.Statistic.Qualifier,
                    Metric = metric.Id,
                };
                examples.Add(new LabelledExample(article, label, found.Evidence));
            }
        }

        return examples;
    }

    private static MetricEvidence FromSentence(string text, LabelledStatistic label)
    {
        var sentences = SentenceSplitter.Split(text);
        var index = sentences.FindLastIndex(s => s.Start <= label.Start);
        var sentence = index < 0 ? new TextSegment(0, text.Length, 0) : sentences[index];
        var paragraphStart = sentence.Start;
        for (var i = index - 1; i >= 0 && sentences[i].Paragraph == sentence.Paragraph; i--)
        {
            paragraphStart = sentences[i].Start;
        }

        var start = label.Start;
        while (start > sentence.Start && !SubjectReader.IsClauseBreak(text[start - 1]))
        {
            start--;
        }

        var end = Math.Min(label.End, text.Length);
        var sentenceEnd = Math.Max(sentence.End, end);
        while (end < sentenceEnd && !SubjectReader.IsClauseBreak(text[end]))
        {
            end++;
        }

        return new MetricEvidence(
            label.Kind, label.Unit, null, text[start..end], text[sentence.Start..sentenceEnd], text[sentence.Start..label.Start], text[paragraphStart..sentence.Start]);
    }
}
