using Microsoft.ML;

namespace ChiBo.Extract.Statistics.Metrics.Training;

/// <summary>A freshly trained metric model with its card, ready to classify or to be saved where the build embeds it.</summary>
public sealed class TrainedMetricModel(MLContext ml, ITransformer model, DataViewSchema inputSchema, MetricModelCard card)
{
    public MetricModelCard Card { get; } = card;

    public MlMetricClassifier Classifier(MetricTaxonomy taxonomy) => new(model, Card, taxonomy, ml);

    /// <summary>Writes the model zip and, beside it with the extension .json, its card.</summary>
    public void Save(string modelPath)
    {
        ArgumentNullException.ThrowIfNull(modelPath);
        var directory = Path.GetDirectoryName(Path.GetFullPath(modelPath));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        ml.Model.Save(model, inputSchema, modelPath);
        using var card = File.Create(Path.ChangeExtension(modelPath, ".json"));
        Card.Write(card);
    }
}
