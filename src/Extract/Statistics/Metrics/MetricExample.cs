namespace ChiBo.Extract.Statistics.Metrics;

/// <summary>
/// One row the metric model reads: the figure's <see cref="MetricEvidence"/> as text columns, plus the keyword baseline's answer, the hand label and
/// the article it came from when it is a training example. Empty strings stand for absent values: ML.NET text
/// featurizers need no nulls.
/// </summary>
public sealed class MetricExample
{
    /// <summary>How many words before the figure make its window ("đã thi hành kỷ luật 217").</summary>
    public const int WindowWords = 6;

    /// <summary>How many words from the figure on make <see cref="After"/> ("5 Đoàn kiểm tra việc thực hiện").</summary>
    public const int AfterWords = 8;

    public string Metric { get; set; } = "";

    public string Article { get; set; } = "";

    public string Kind { get; set; } = "";

    public string Unit { get; set; } = "";

    public string Subject { get; set; } = "";

    public string Near { get; set; } = "";

    public string Window { get; set; } = "";

    /// <summary>
    /// The figure and the words after it in its sentence: what is counted even when the extractor read no subject
    /// ("5 Đoàn kiểm tra" has no counted noun it knows).
    /// </summary>
    public string After { get; set; } = "";

    public string Sentence { get; set; } = "";

    /// <summary>What the keyword baseline answers for the same evidence (a feature of <see cref="MetricFeatureSet.TextAndRules"/>).</summary>
    public string Rule { get; set; } = "";

    /// <summary>Training weight (<see cref="MetricTrainerKind.SdcaMaximumEntropyClassBalanced"/>); ignored when predicting.</summary>
    public float Weight { get; set; } = 1;

    public static MetricExample From(MetricEvidence evidence, string metric = "", string article = "")
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return new MetricExample
        {
            Metric = metric,
            Article = article,
            Kind = evidence.Kind,
            Unit = evidence.Unit ?? "",
            Subject = evidence.Subject ?? "",
            Near = evidence.Near,
            Window = LastWords(evidence.Before, WindowWords),
            After = FirstWords(evidence.Sentence.Length >= evidence.Before.Length ? evidence.Sentence[evidence.Before.Length..] : "", AfterWords),
            Sentence = evidence.Sentence,
            Rule = KeywordMetricClassifier.Default.Classify(evidence).Metric,
        };
    }

    private static string FirstWords(string text, int count) =>
        string.Join(' ', text.Split((char[]?)null, count + 1, StringSplitOptions.RemoveEmptyEntries).Take(count));

    private static string LastWords(string text, int count)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Skip(Math.Max(0, words.Length - count)));
    }
}
