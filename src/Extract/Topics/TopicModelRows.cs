using Microsoft.ML.Data;

namespace ChiBo.Extract.Topics;

/// <summary>The model's input row: prepared text (<see cref="TopicText"/>) and, for training, the topic.</summary>
internal sealed class TopicInputRow
{
    public string Text { get; set; } = string.Empty;

    public string Label { get; set; } = string.Empty;
}

/// <summary>The model's output row: one probability per topic, in the order of <see cref="VntcTopics.All"/>.</summary>
internal sealed class TopicOutputRow
{
    [ColumnName("Score")]
    public float[] Score { get; set; } = [];
}
