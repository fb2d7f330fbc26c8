using System.Text.RegularExpressions;
using ChiBo.Extract.Model;
using ChiBo.Extract.Statistics.Metrics;

namespace ChiBo.Extract.Statistics;

/// <summary>
/// Finds every figure in an article's main text (statistics.md §1): percentages, counts of a known noun and
/// fractions, in digits or in words, with qualifier, subject, period, locality, sentence and exact offsets.
/// Identifiers (codes, dates, ordinals, phone numbers) are skipped; a figure repeated verbatim in a repeated
/// paragraph is reported once. Thread-safe: all state is per call.
/// </summary>
public sealed partial class StatisticExtractor(IMetricClassifier metrics)
{
    public StatisticExtractor()
        : this(DefaultMetricClassifier.Instance)
    {
    }

    public IReadOnlyList<Statistic> Extract(string text, ArticleContext context) =>
        [.. ExtractWithEvidence(text, context).Select(s => s.Statistic)];

    /// <summary>As <see cref="Extract"/>, each statistic with the evidence its metric was decided from.</summary>
    public IReadOnlyList<EvidencedStatistic> ExtractWithEvidence(string text, ArticleContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        var sentences = SentenceSplitter.Split(text);
        var figures = FigureScanner.Scan(text);
        var results = new List<Statistic>(figures.Count);
        var evidenced = new List<EvidencedStatistic>(figures.Count);
        var seen = new HashSet<(string, int, string)>();
        Statistic? previous = null;
        var previousSentence = -1;
        var sentenceIndex = 0;
        for (var f = 0; f < figures.Count; f++)
        {
            var figure = figures[f];
            while (sentenceIndex < sentences.Count - 1 && sentences[sentenceIndex].End <= figure.Start)
            {
                sentenceIndex++;
            }

            var sentence = sentences[sentenceIndex];
            if (!sentence.Contains(figure.Start))
            {
                continue;
            }

            var sameSentence = previousSentence == sentenceIndex ? previous : null;
            var rightLimit = f + 1 < figures.Count ? Math.Min(sentence.End, figures[f + 1].Start) : sentence.End;
            var (statistic, evidence) = Build(text, context, sentences, sentenceIndex, figure, sameSentence, rightLimit, results);
            previous = statistic;
            previousSentence = sentenceIndex;

            // The same sentence printed twice (a repeated paragraph) yields the same figure at the same place in it.
            var key = (SentenceKey(statistic.Sentence), statistic.Start - sentence.Start, statistic.Text);
            if (seen.Add(key))
            {
                results.Add(statistic);
                evidenced.Add(new EvidencedStatistic(statistic, evidence));
            }
        }

        return evidenced;
    }

    private (Statistic Statistic, MetricEvidence Evidence) Build(
        string text, ArticleContext context, List<TextSegment> sentences, int sentenceIndex, Figure figure, Statistic? before, int rightLimit, List<Statistic> earlier)
    {
        var sentence = sentences[sentenceIndex];
        var leftLimit = before is null ? sentence.Start : Math.Max(sentence.Start, before.End);
        var percentage = figure.Kind == StatisticKind.Percentage;
        var qualifier = QualifierReader.Read(text, leftLimit, figure.Start, figure.UnitEnd);
        var subject = SubjectReader.Read(text, leftLimit, figure.Start, percentage ? figure.UnitEnd : figure.NumberEnd, rightLimit, percentage);
        decimal? numerator = figure.Numerator;
        decimal? denominator = figure.Denominator;
        string? consistency = null;
        if (percentage && subject is null && before is { Kind: not StatisticKind.Percentage })
        {
            // "45 đơn vị hoàn thành tốt nhiệm vụ, chiếm tỷ lệ 80,35%": the percentage of the count just before it.
            subject = before.Subject;
            numerator = before.Numerator ?? before.Value;
            denominator = before.Denominator ?? DenominatorFor(before, sentences, sentenceIndex, earlier);
            consistency = FractionConsistency.Check(numerator, denominator, figure.Value, VietnameseNumber.DecimalPlaces(figure.Written));
        }

        var sentenceText = sentence.Of(text);
        var statistic = new Statistic
        {
            Text = text[figure.Start..figure.End],
            Start = figure.Start,
            End = figure.End,
            Value = figure.Value,
            Upper = figure.Upper,
            Kind = figure.Kind,
            Unit = figure.Unit,
            Qualifier = qualifier,
            Numerator = numerator,
            Denominator = denominator,
            Consistency = consistency,
            Subject = subject,
            Period = PeriodResolver.Resolve(text, sentences, sentenceIndex, figure.Start, context.Published),
            Locality = LocalityResolver.Resolve(sentenceText, context.Locality),
            Sentence = sentenceText,
            Change = ChangeReader.Read(text, leftLimit, figure.Start, figure.UnitEnd),
        };
        var paragraphStart = ParagraphStart(sentences, sentenceIndex);
        var evidence = new MetricEvidence(
            statistic.Kind,
            statistic.Unit,
            statistic.Subject,
            Clause(text, leftLimit, figure, rightLimit),
            sentenceText,
            text[sentence.Start..figure.Start],
            text[paragraphStart..sentence.Start]);
        var assignment = metrics.Classify(evidence);
        return (statistic with { Metric = assignment.Metric, Confidence = assignment.Confidence }, evidence);
    }

    /// <summary>
    /// The whole a count is a part of: the denominator of an earlier fraction of the same unit in the paragraph
    /// ("11/56 đơn vị …; 45 đơn vị …" → 56).
    /// </summary>
    private static decimal? DenominatorFor(Statistic count, List<TextSegment> sentences, int sentenceIndex, List<Statistic> earlier)
    {
        var paragraphStart = ParagraphStart(sentences, sentenceIndex);
        for (var i = earlier.Count - 1; i >= 0 && earlier[i].Start >= paragraphStart; i--)
        {
            if (earlier[i].Kind == StatisticKind.Fraction && earlier[i].Unit == count.Unit)
            {
                return earlier[i].Denominator;
            }
        }

        return null;
    }

    private static string Clause(string text, int leftLimit, Figure figure, int rightLimit)
    {
        var start = figure.Start;
        while (start > leftLimit && !SubjectReader.IsClauseBreak(text[start - 1]))
        {
            start--;
        }

        var end = Math.Min(figure.UnitEnd, rightLimit);
        while (end < rightLimit && !SubjectReader.IsClauseBreak(text[end]))
        {
            end++;
        }

        return text[start..Math.Max(end, figure.End)];
    }

    private static int ParagraphStart(List<TextSegment> sentences, int sentenceIndex)
    {
        var paragraph = sentences[sentenceIndex].Paragraph;
        var start = sentences[sentenceIndex].Start;
        for (var i = sentenceIndex; i >= 0 && sentences[i].Paragraph == paragraph; i--)
        {
            start = sentences[i].Start;
        }

        return start;
    }

    private static string SentenceKey(string sentence) => Whitespace().Replace(sentence.TrimEnd('.', '!', '?', ' '), " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
