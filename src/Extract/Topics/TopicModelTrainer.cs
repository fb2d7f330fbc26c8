using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace ChiBo.Extract.Topics;

/// <summary>
/// Trains the topic model: syllable unigrams and bigrams, TF-IDF, L2-normalised, then a linear multiclass learner.
/// Deterministic for a given seed and input order (one training thread).
/// </summary>
public sealed class TopicModelTrainer(TopicModelOptions options)
{
    public TopicModelTrainer()
        : this(new TopicModelOptions())
    {
    }

    public TopicModelOptions Options { get; } = options;

    /// <summary>Trains on <paramref name="articles"/> and saves the model zip to <paramref name="modelPath"/>.</summary>
    public void TrainAndSave(IEnumerable<LabelledArticle> articles, string modelPath)
    {
        var ml = NewContext();
        var data = Load(ml, articles);
        var model = Pipeline(ml).Fit(data);
        var directory = Path.GetDirectoryName(Path.GetFullPath(modelPath));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        ml.Model.Save(model, data.Schema, modelPath);
    }

    /// <summary>
    /// <paramref name="folds"/>-fold cross-validation: for every held-out article, its true topic and the model's
    /// probabilities (in <see cref="VntcTopics.All"/> order) from the model trained without its fold.
    /// </summary>
    public IReadOnlyList<(string Truth, float[] Scores)> CrossValidate(IReadOnlyList<LabelledArticle> articles, int folds)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var ml = NewContext();
        var data = Load(ml, articles);
        var results = new List<(string, float[])>();
        foreach (var fold in ml.MulticlassClassification.CrossValidate(data, Pipeline(ml), folds, labelColumnName: "LabelKey", seed: Options.Seed))
        {
            var truths = fold.ScoredHoldOutSet.GetColumn<string>(nameof(TopicInputRow.Label)).ToList();
            var scores = fold.ScoredHoldOutSet.GetColumn<float[]>("Score").ToList();
            results.AddRange(truths.Zip(scores));
        }

        return results;
    }

    private MLContext NewContext() => new(Options.Seed) { GpuDeviceId = null, FallbackToCpu = true };

    private static IDataView Load(MLContext ml, IEnumerable<LabelledArticle> articles) =>
        ml.Data.LoadFromEnumerable(articles.Select(a => new TopicInputRow { Text = TopicText.Prepare(null, a.Text), Label = a.Topic }).ToList());

    private Microsoft.ML.Data.EstimatorChain<ITransformer> Pipeline(MLContext ml)
    {
        var keys = ml.Data.LoadFromEnumerable(VntcTopics.All.Select(t => new TopicKeyRow { Label = t }));
        var featurizer = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.None,
            KeepDiacritics = true,
            KeepPunctuations = true,
            KeepNumbers = true,
            StopWordsRemoverOptions = null,
            WordFeatureExtractor = new WordBagEstimator.Options
            {
                NgramLength = Options.WordNgramLength,
                UseAllLengths = true,
                Weighting = NgramExtractingEstimator.WeightingCriteria.TfIdf,
                MaximumNgramsCount = [.. Options.MaxNgrams.Take(Options.WordNgramLength)],
            },
            CharFeatureExtractor = Options.CharNgramLength > 0
                ? new WordBagEstimator.Options { NgramLength = Options.CharNgramLength, UseAllLengths = false, Weighting = NgramExtractingEstimator.WeightingCriteria.TfIdf }
                : null,
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };

        IEstimator<ITransformer> features = ml.Transforms.Conversion.MapValueToKey("LabelKey", nameof(TopicInputRow.Label), keyData: keys)
            .Append(ml.Transforms.Text.FeaturizeText("Features", featurizer, nameof(TopicInputRow.Text)));
        if (Options.MinDocumentCount > 1)
        {
            features = features.Append(ml.Transforms.FeatureSelection.SelectFeaturesBasedOnCount("Features", count: Options.MinDocumentCount));
        }

        return features.Append(Learner(ml, Options.Trainer));
    }

    private static IEstimator<ITransformer> Learner(MLContext ml, TopicTrainerKind trainer) => trainer switch
    {
        TopicTrainerKind.SdcaMaximumEntropy => ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(
            new SdcaMaximumEntropyMulticlassTrainer.Options { LabelColumnName = "LabelKey", FeatureColumnName = "Features", NumberOfThreads = 1 }),
        TopicTrainerKind.LbfgsMaximumEntropy => ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(
            new LbfgsMaximumEntropyMulticlassTrainer.Options { LabelColumnName = "LabelKey", FeatureColumnName = "Features", NumberOfThreads = 1 }),
        TopicTrainerKind.OneVersusAllLinearSvm => ml.MulticlassClassification.Trainers.OneVersusAll(
            ml.BinaryClassification.Trainers.LinearSvm(labelColumnName: "LabelKey", featureColumnName: "Features"), labelColumnName: "LabelKey"),
        _ => throw new ArgumentOutOfRangeException(nameof(trainer), trainer, "Unknown trainer."),
    };

    /// <summary>The topic names as a one-column view, fixing the label key order to <see cref="VntcTopics.All"/>.</summary>
    private sealed class TopicKeyRow
    {
        public string Label { get; set; } = string.Empty;
    }
}
