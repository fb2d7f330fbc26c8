using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace ChiBo.Extract.Statistics.Metrics;

/// <summary>
/// The metric model's estimator chain: each text column of <see cref="MetricExample"/> featurized with lower-cased
/// word uni+bigrams (diacritics kept: "kiểm tra" is not "kiêm trà"), the short ones also with character trigrams,
/// kind and unit (and for <see cref="MetricFeatureSet.TextAndRules"/> the keyword baseline's answer) one-hot, all
/// concatenated, then a maximum-entropy multiclass trainer. Single-threaded so a seed gives the same model.
/// </summary>
public static class MetricModelPipeline
{
    private static readonly string[] ShortTextColumns = [nameof(MetricExample.Subject), nameof(MetricExample.Near), nameof(MetricExample.Window), nameof(MetricExample.After)];

    public static IEstimator<ITransformer> Build(MLContext ml, MetricTrainerKind trainer, MetricFeatureSet features)
    {
        ArgumentNullException.ThrowIfNull(ml);
        IEstimator<ITransformer> chain = ml.Transforms.Conversion.MapValueToKey("Label", nameof(MetricExample.Metric));
        var columns = new List<string>();
        foreach (var column in ShortTextColumns)
        {
            chain = chain.Append(ml.Transforms.Text.FeaturizeText(column + "Features", TextOptions(characters: true), column));
            columns.Add(column + "Features");
        }

        chain = chain.Append(ml.Transforms.Text.FeaturizeText("SentenceFeatures", TextOptions(characters: false), nameof(MetricExample.Sentence)));
        columns.Add("SentenceFeatures");
        chain = chain
            .Append(ml.Transforms.Categorical.OneHotEncoding("KindFeatures", nameof(MetricExample.Kind)))
            .Append(ml.Transforms.Categorical.OneHotEncoding("UnitFeatures", nameof(MetricExample.Unit)));
        columns.AddRange(["KindFeatures", "UnitFeatures"]);
        if (features == MetricFeatureSet.TextAndRules)
        {
            chain = chain.Append(ml.Transforms.Categorical.OneHotEncoding("RuleFeatures", nameof(MetricExample.Rule)));
            columns.Add("RuleFeatures");
        }

        chain = chain
            .Append(ml.Transforms.Concatenate("Features", [.. columns]))
            .Append(Trainer(ml, trainer))
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel"));
        return chain;
    }

    private static IEstimator<ITransformer> Trainer(MLContext ml, MetricTrainerKind trainer) => trainer switch
    {
        MetricTrainerKind.SdcaMaximumEntropy => ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(
            new SdcaMaximumEntropyMulticlassTrainer.Options { NumberOfThreads = 1 }),
        MetricTrainerKind.SdcaMaximumEntropyClassBalanced or MetricTrainerKind.SdcaMaximumEntropyClassBalancedWrittenWeighted => ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(
            new SdcaMaximumEntropyMulticlassTrainer.Options { NumberOfThreads = 1, ExampleWeightColumnName = nameof(MetricExample.Weight) }),
        MetricTrainerKind.LbfgsMaximumEntropy => ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(
            new LbfgsMaximumEntropyMulticlassTrainer.Options { NumberOfThreads = 1 }),
        _ => throw new ArgumentOutOfRangeException(nameof(trainer), trainer, "Unknown trainer."),
    };

    private static TextFeaturizingEstimator.Options TextOptions(bool characters) => new()
    {
        CaseMode = TextNormalizingEstimator.CaseMode.Lower,
        KeepDiacritics = true,
        KeepPunctuations = false,
        KeepNumbers = false,
        WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
        CharFeatureExtractor = characters ? new WordBagEstimator.Options { NgramLength = 3, UseAllLengths = false } : null,
        Norm = TextFeaturizingEstimator.NormFunction.L2,
    };
}
