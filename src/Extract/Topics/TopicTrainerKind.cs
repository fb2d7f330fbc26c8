namespace ChiBo.Extract.Topics;

/// <summary>The linear multiclass learners compared by validation on the train split.</summary>
public enum TopicTrainerKind
{
    SdcaMaximumEntropy,
    LbfgsMaximumEntropy,
    OneVersusAllLinearSvm,
    OneVersusAllAveragedPerceptron,
    OneVersusAllSdcaLogisticRegression,
}
