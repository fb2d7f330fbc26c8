namespace ChiBo.Extract.Topics;

/// <summary>How the topic model is built. The defaults are the configuration chosen by cross-validation on the train split.</summary>
public sealed record TopicModelOptions
{
    public TopicTrainerKind Trainer { get; init; } = TopicTrainerKind.SdcaMaximumEntropy;

    /// <summary>Syllable n-grams up to this length (2: syllables and syllable pairs, i.e. most two-syllable words).</summary>
    public int WordNgramLength { get; init; } = 2;

    /// <summary>
    /// Dictionary caps per n-gram length. ML.NET keeps n-grams in the order it meets them, so on shuffled training
    /// data the cap keeps mostly frequent ones; it bounds the size of the shipped model.
    /// </summary>
    public IReadOnlyList<int> MaxNgrams { get; init; } = [60_000, 200_000];

    /// <summary>Character n-gram length, 0 for none.</summary>
    public int CharNgramLength { get; init; }

    /// <summary>N-grams seen in fewer training articles than this are dropped from the features.</summary>
    public int MinDocumentCount { get; init; } = 2;

    public int Seed { get; init; } = 42;
}
