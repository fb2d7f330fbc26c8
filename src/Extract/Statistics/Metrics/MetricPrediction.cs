namespace ChiBo.Extract.Statistics.Metrics;

/// <summary>What the metric model returns for one <see cref="MetricExample"/>.</summary>
public sealed class MetricPrediction
{
    public string PredictedLabel { get; set; } = "";

    /// <summary>Class probabilities (maximum-entropy trainers are calibrated), in the model's label order.</summary>
    public float[] Score { get; set; } = [];

    public double Confidence => Score.Length == 0 ? 0 : Score.Max();
}
