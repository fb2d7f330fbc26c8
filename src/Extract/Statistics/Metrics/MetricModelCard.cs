using System.Text.Json;

namespace ChiBo.Extract.Statistics.Metrics;

/// <summary>
/// What travels with a saved metric model (metric-model.json beside metric-model.zip): how it was trained, what the
/// train-split cross-validation measured for each trainer tried, and the confidence threshold chosen there, below
/// which a prediction becomes <see cref="MetricTaxonomy.Other"/>.
/// </summary>
public sealed record MetricModelCard
{
    public required MetricTrainerKind Trainer { get; init; }

    public required MetricFeatureSet Features { get; init; }

    public required int Seed { get; init; }

    public required double Threshold { get; init; }

    /// <summary>For <see cref="MetricCombination.RulesBelowThresholdWithVeto"/>, the confidence at which the model's "other" overrules the rules; null otherwise.</summary>
    public double? VetoThreshold { get; init; }

    /// <summary>How the model and the keyword rules combine; cards written before combinations were compared mean <see cref="MetricCombination.Model"/>.</summary>
    public MetricCombination Combination { get; init; } = MetricCombination.Model;

    public required int TrainingExamples { get; init; }

    /// <summary>Example sentences of the taxonomy added to <see cref="TrainingExamples"/> labelled statistics.</summary>
    public required int WrittenExamples { get; init; }

    public required int Folds { get; init; }

    /// <summary>Out-of-fold macro-F1 of each trainer and feature set tried ("trainer/features"), without the threshold.</summary>
    public required IReadOnlyDictionary<string, double> CrossValidationMacroF1 { get; init; }

    /// <summary>Out-of-fold macro-F1 of the best threshold for each trainer, feature set and combination ("trainer/features/combination").</summary>
    public IReadOnlyDictionary<string, double> CrossValidationMacroF1ByCombination { get; init; } = new Dictionary<string, double>();

    /// <summary>Macro-F1 of the keyword rules alone on the same train-split figures, for comparison.</summary>
    public double? RulesMacroF1 { get; init; }

    /// <summary>Out-of-fold macro-F1 of the chosen trainer, features and combination with <see cref="Threshold"/> applied.</summary>
    public required double CrossValidationMacroF1AtThreshold { get; init; }

    public required IReadOnlyList<string> Labels { get; init; }

    public static MetricModelCard Read(Stream json) =>
        JsonSerializer.Deserialize(json, MetricModelCardJson.Default.MetricModelCard) ?? throw new InvalidDataException("The metric model card is empty.");

    public void Write(Stream json) => JsonSerializer.Serialize(json, this, MetricModelCardJson.Default.MetricModelCard);
}
