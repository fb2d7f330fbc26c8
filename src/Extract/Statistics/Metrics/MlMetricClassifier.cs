using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.ML;

namespace ChiBo.Extract.Statistics.Metrics;

/// <summary>
/// The trained metric classifier (statistics.md §3): a saved ML.NET model reads the figure's evidence and names a
/// metric; the card's <see cref="MetricCombination"/> says how that prediction and the keyword rules' answer make the
/// result (see <see cref="MetricDecision"/>). Below the card's threshold, or when the model names an id the taxonomy
/// no longer has, the model's own answer is <see cref="MetricTaxonomy.Other"/>; the model's confidence is kept.
/// Prediction engines are not thread-safe, so each call rents one from a pool: concurrent requests never share one.
/// The model is only loaded here, never trained.
/// </summary>
public sealed class MlMetricClassifier : IMetricClassifier
{
    public const string ModelResource = "ChiBo.Extract.Statistics.Metrics.metric-model.zip";
    public const string CardResource = "ChiBo.Extract.Statistics.Metrics.metric-model.json";

    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly MetricTaxonomy _taxonomy;
    private readonly ConcurrentBag<PredictionEngine<MetricExample, MetricPrediction>> _engines = [];

    public MlMetricClassifier(ITransformer model, MetricModelCard card, MetricTaxonomy taxonomy, MLContext? ml = null)
    {
        _model = model ?? throw new ArgumentNullException(nameof(model));
        Card = card ?? throw new ArgumentNullException(nameof(card));
        _taxonomy = taxonomy ?? throw new ArgumentNullException(nameof(taxonomy));
        _ml = ml ?? new MLContext(card.Seed);
    }

    public MetricModelCard Card { get; }

    /// <summary>The model embedded in this assembly by the build, or null when none was trained yet.</summary>
    public static MlMetricClassifier? LoadShipped(MetricTaxonomy taxonomy)
    {
        var assembly = Assembly.GetExecutingAssembly();
        using var model = assembly.GetManifestResourceStream(ModelResource);
        using var card = assembly.GetManifestResourceStream(CardResource);
        return model is null || card is null ? null : Load(model, card, taxonomy);
    }

    public static MlMetricClassifier Load(Stream model, Stream card, MetricTaxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(card);
        var modelCard = MetricModelCard.Read(card);
        var ml = new MLContext(modelCard.Seed);
        return new MlMetricClassifier(ml.Model.Load(model, out _), modelCard, taxonomy, ml);
    }

    public MetricAssignment Classify(MetricEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var example = MetricExample.From(evidence);
        var prediction = Predict(example);
        var confidence = Math.Round(prediction.Confidence, 3);
        var predicted = _taxonomy.Find(prediction.PredictedLabel) is not null ? prediction.PredictedLabel : MetricTaxonomy.Other;
        var metric = MetricDecision.Decide(Card.Combination, Card.Threshold, predicted, prediction.Confidence, example.Rule, Card.VetoThreshold);

        // The rules read the default taxonomy; an id this classifier's taxonomy lacks is no answer either.
        return new MetricAssignment(_taxonomy.Find(metric) is not null ? metric : MetricTaxonomy.Other, confidence);
    }

    internal MetricPrediction Predict(MetricExample example)
    {
        if (!_engines.TryTake(out var engine))
        {
            engine = _ml.Model.CreatePredictionEngine<MetricExample, MetricPrediction>(_model);
        }

        try
        {
            return engine.Predict(example);
        }
        finally
        {
            _engines.Add(engine);
        }
    }
}
