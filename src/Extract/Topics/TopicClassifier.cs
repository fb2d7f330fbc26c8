using System.Collections.Concurrent;
using ChiBo.Extract.Model;
using Microsoft.ML;

namespace ChiBo.Extract.Topics;

/// <summary>
/// Predicts one of the ten <see cref="VntcTopics"/> from title and text with a saved ML.NET model (trained by
/// <see cref="TopicModelTrainer"/>; never at start-up). Thread-safe: ML.NET prediction engines are not, so each call
/// borrows one from a pool.
/// </summary>
public sealed class TopicClassifier
{
    /// <summary>
    /// Below this probability the closest topic is withheld: the aim is the confidence under which the closest topic is
    /// right no more often than wrong. On three held-out 20% parts of the train split the shipped model's closest topic
    /// was right 42% of the time at confidence 0.4–0.5 and 57% at 0.5–0.6. <c>chibo train-topics --validate 0.2</c>
    /// prints accuracy per confidence band to check it against after retraining.
    /// </summary>
    public const double DefaultThreshold = 0.5;

    /// <summary>The model shipped inside this assembly.</summary>
    public const string EmbeddedModelName = "ChiBo.Extract.Topics.Model.vntc-topics.zip";

    private static readonly Lazy<TopicClassifier> SharedInstance = new(LoadEmbedded);

    private readonly MLContext _ml = new(seed: 0);
    private readonly ITransformer _model;
    private readonly DataViewSchema _schema;
    private readonly ConcurrentBag<PredictionEngine<TopicInputRow, TopicOutputRow>> _engines = [];

    private TopicClassifier(Stream model, double threshold)
    {
        _model = _ml.Model.Load(model, out _schema);
        Threshold = threshold;
    }

    /// <summary>The classifier over the shipped model, loaded once per process.</summary>
    public static TopicClassifier Shared => SharedInstance.Value;

    public double Threshold { get; }

    public static TopicClassifier Load(string modelPath, double threshold = DefaultThreshold)
    {
        using var stream = File.OpenRead(modelPath);
        return new TopicClassifier(stream, threshold);
    }

    public static TopicClassifier LoadEmbedded()
    {
        using var stream = typeof(TopicClassifier).Assembly.GetManifestResourceStream(EmbeddedModelName)
            ?? throw new InvalidOperationException($"The topic model {EmbeddedModelName} is not embedded; run 'chibo train-topics' and rebuild.");
        return new TopicClassifier(stream, DefaultThreshold);
    }

    public TopicAssignment Classify(string? title, string text)
    {
        var probabilities = Probabilities(TopicText.Prepare(title, text));
        var best = 0;
        for (var i = 1; i < probabilities.Length; i++)
        {
            if (probabilities[i] > probabilities[best])
            {
                best = i;
            }
        }

        var closest = VntcTopics.All[best];
        var confidence = Math.Round(probabilities[best], 4);
        return new TopicAssignment(confidence >= Threshold ? closest : null, closest, confidence);
    }

    /// <summary>One probability per topic, in <see cref="VntcTopics.All"/> order.</summary>
    public float[] Probabilities(string preparedText)
    {
        if (!_engines.TryTake(out var engine))
        {
            engine = _ml.Model.CreatePredictionEngine<TopicInputRow, TopicOutputRow>(_model, _schema);
        }

        try
        {
            var scores = engine.Predict(new TopicInputRow { Text = preparedText }).Score;
            if (scores.Length != VntcTopics.All.Count)
            {
                throw new InvalidDataException($"The topic model scores {scores.Length} topics, not {VntcTopics.All.Count}.");
            }

            return scores;
        }
        finally
        {
            _engines.Add(engine);
        }
    }
}
