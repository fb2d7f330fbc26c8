using System.Text.Json;

namespace ChiBo.Extract.Statistics.Metrics.Training;

/// <summary>
/// The hand-labelled statistics (tests/ChiBo.Extract.Tests/Statistics/Gold/statistics-gold.json): articles named by
/// source and id with their split, and per statistic its offsets, value, qualifier and metric. Texts are not in it.
/// </summary>
public sealed record LabelledStatisticSet
{
    public const string Train = "train";
    public const string Test = "test";

    public required int Version { get; init; }

    public required IReadOnlyList<LabelledArticle> Articles { get; init; }

    public IEnumerable<LabelledArticle> Split(string split) => Articles.Where(a => a.Split == split);

    public static LabelledStatisticSet Load(string path)
    {
        using var stream = File.OpenRead(path);
        var set = JsonSerializer.Deserialize(stream, LabelledStatisticSetJson.Default.LabelledStatisticSet)
            ?? throw new InvalidDataException($"{path} is empty.");
        var misplaced = set.Articles.FirstOrDefault(a => a.Split is not (Train or Test));
        if (misplaced is not null)
        {
            throw new InvalidDataException($"{misplaced.Source}:{misplaced.Id} has split '{misplaced.Split}', not '{Train}' or '{Test}'.");
        }

        return set;
    }
}
