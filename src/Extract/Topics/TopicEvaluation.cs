using System.Globalization;
using System.Text;

namespace ChiBo.Extract.Topics;

/// <summary>Accuracy, macro-F1, per-topic precision/recall/F1 and the confusion matrix of topic predictions.</summary>
public sealed class TopicEvaluation
{
    private readonly int[,] _confusion = new int[VntcTopics.All.Count, VntcTopics.All.Count];

    public TopicEvaluation(IEnumerable<(string Truth, string Predicted)> predictions)
    {
        ArgumentNullException.ThrowIfNull(predictions);
        foreach (var (truth, predicted) in predictions)
        {
            _confusion[IndexOf(truth), IndexOf(predicted)]++;
            Count++;
        }
    }

    public int Count { get; }

    public double Accuracy => Count == 0 ? 0 : Enumerable.Range(0, VntcTopics.All.Count).Sum(i => _confusion[i, i]) / (double)Count;

    public double MacroF1 => Enumerable.Range(0, VntcTopics.All.Count).Average(F1);

    /// <summary>How many articles of topic <paramref name="truth"/> were predicted as <paramref name="predicted"/>.</summary>
    public int Confusion(int truth, int predicted) => _confusion[truth, predicted];

    public double Precision(int topic)
    {
        var predicted = Enumerable.Range(0, VntcTopics.All.Count).Sum(t => _confusion[t, topic]);
        return predicted == 0 ? 0 : _confusion[topic, topic] / (double)predicted;
    }

    public double Recall(int topic)
    {
        var actual = Enumerable.Range(0, VntcTopics.All.Count).Sum(p => _confusion[topic, p]);
        return actual == 0 ? 0 : _confusion[topic, topic] / (double)actual;
    }

    public double F1(int topic)
    {
        var (p, r) = (Precision(topic), Recall(topic));
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /// <summary>A plain-text report: totals, one line per topic, then the confusion matrix (rows truth, columns predicted).</summary>
    public string Report()
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(c, $"articles {Count}, accuracy {Accuracy:F4}, macro-F1 {MacroF1:F4}");
        for (var t = 0; t < VntcTopics.All.Count; t++)
        {
            text.AppendLine(c, $"  {VntcTopics.Codes[t]} {VntcTopics.All[t],-17} P {Precision(t):F3}  R {Recall(t):F3}  F1 {F1(t):F3}");
        }

        text.Append("  truth\\pred").AppendJoin(string.Empty, VntcTopics.Codes.Select(code => $"{code,6}")).AppendLine();
        for (var t = 0; t < VntcTopics.All.Count; t++)
        {
            text.Append(c, $"  {VntcTopics.Codes[t],-10}");
            for (var p = 0; p < VntcTopics.All.Count; p++)
            {
                text.Append(c, $"{_confusion[t, p],6}");
            }

            text.AppendLine();
        }

        return text.ToString();
    }

    private static int IndexOf(string topic)
    {
        for (var i = 0; i < VntcTopics.All.Count; i++)
        {
            if (string.Equals(VntcTopics.All[i], topic, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new ArgumentException($"'{topic}' is not a VNTC topic.", nameof(topic));
    }
}
