using Microsoft.ML.Transforms.Text;

namespace ChiBo.Extract.Topics;

/// <summary>
/// How the topic model is built. The defaults are the configuration chosen by hold-out validation on the train split
/// (three seeded 20% splits; BENCHMARKS.md, News topics): one-versus-all linear SVMs, lightly regularised, over a
/// larger syllable n-gram dictionary pruned to n-grams in at least three articles.
/// </summary>
public sealed record TopicModelOptions
{
    public TopicTrainerKind Trainer { get; init; } = TopicTrainerKind.OneVersusAllLinearSvm;

    /// <summary>Syllable n-grams up to this length (2: syllables and syllable pairs, i.e. most two-syllable words).</summary>
    public int WordNgramLength { get; init; } = 2;

    /// <summary>
    /// Dictionary caps per n-gram length. ML.NET keeps n-grams in the order it meets them, not the most frequent, so
    /// a tight cap drops frequent n-grams of late articles; <see cref="MinDocumentCount"/> is what prunes.
    /// </summary>
    public IReadOnlyList<int> MaxNgrams { get; init; } = [120_000, 400_000];

    /// <summary>How n-gram counts become feature values.</summary>
    public NgramExtractingEstimator.WeightingCriteria Weighting { get; init; } = NgramExtractingEstimator.WeightingCriteria.TfIdf;

    /// <summary>Character n-gram length, 0 for none.</summary>
    public int CharNgramLength { get; init; }

    /// <summary>
    /// Syllables in more than this fraction of the training articles ("và", "của", "là", ...) are dropped before
    /// n-grams are formed, counted on the articles the model is fitted on; null keeps every syllable. It costs nothing
    /// measurable in accuracy and keeps text made only of such words from getting a confident topic.
    /// </summary>
    public double? StopWordDocumentFraction { get; init; } = 0.5;

    /// <summary>N-grams seen in fewer training articles than this are dropped from the features.</summary>
    public int MinDocumentCount { get; init; } = 3;

    /// <summary>
    /// The learner's L2 regularisation (the SVM's lambda); null keeps ML.NET's default (SDCA picks one from the data).
    /// The default is tuned for the default learner: ML.NET's 0.001 for the SVM underfits TF-IDF vectors.
    /// </summary>
    public float? L2Regularization { get; init; } = 1e-5f;

    /// <summary>The learner's L1 regularisation (SDCA, L-BFGS); null keeps ML.NET's default.</summary>
    public float? L1Regularization { get; init; }

    /// <summary>Passes (SDCA, perceptron, SVM) or iterations (L-BFGS); null keeps ML.NET's default (one pass for the SVM).</summary>
    public int? MaximumNumberOfIterations { get; init; } = 20;

    /// <summary>
    /// SDCA stops once its duality gap falls below this (ML.NET's default 0.1); with little regularisation it stops
    /// well short of the optimum unless this is lowered. Null keeps the default.
    /// </summary>
    public float? ConvergenceTolerance { get; init; }

    public int Seed { get; init; } = 42;

    /// <summary>
    /// The defaults for <paramref name="trainer"/>: the tuned regularisation and passes belong to the default learner,
    /// so any other learner gets ML.NET's own defaults for them (a lambda of 1e-5 means something else to each).
    /// </summary>
    public static TopicModelOptions For(TopicTrainerKind trainer) =>
        trainer == new TopicModelOptions().Trainer
            ? new TopicModelOptions()
            : new TopicModelOptions { Trainer = trainer, L2Regularization = null, MaximumNumberOfIterations = null };
}
