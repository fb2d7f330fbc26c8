namespace ChiBo.Extract.Statistics.Metrics;

/// <summary>The multiclass trainers compared by cross-validation on the train split.</summary>
public enum MetricTrainerKind
{
    SdcaMaximumEntropy,

    /// <summary>SDCA with each training example weighted by the inverse square root of its metric's frequency, for macro-F1.</summary>
    SdcaMaximumEntropyClassBalanced,

    /// <summary>As <see cref="SdcaMaximumEntropyClassBalanced"/>, each example sentence of the taxonomy weighing three times more.</summary>
    SdcaMaximumEntropyClassBalancedWrittenWeighted,
    LbfgsMaximumEntropy,
}
