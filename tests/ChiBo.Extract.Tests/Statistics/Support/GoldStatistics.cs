using ChiBo.Extract.Statistics.Metrics.Training;
using ChiBo.TestSupport;

namespace ChiBo.Extract.Tests.Statistics.Support;

/// <summary>
/// The hand-labelled set beside these tests (Gold/statistics-gold.json) and, from the seeds and ../shared/data, the
/// texts it labels. Texts and examples are read once per test run.
/// </summary>
internal static class GoldStatistics
{
    private static readonly Lazy<LabelledStatisticSet> LazySet = new(() => LabelledStatisticSet.Load(Path.Combine(AppContext.BaseDirectory, "Statistics", "Gold", "statistics-gold.json")));
    private static readonly Lazy<IReadOnlyDictionary<string, string>> LazyTexts = new(() => LabelledArticleTexts.Read(Set, RepositoryPaths.Corpus, RepositoryPaths.SharedData));
    private static readonly Lazy<IReadOnlyList<LabelledExample>> LazyTrain = new(() => LabelledExamples.For(Set.Split(LabelledStatisticSet.Train), LazyTexts.Value));
    private static readonly Lazy<IReadOnlyList<LabelledExample>> LazyTest = new(() => LabelledExamples.For(Set.Split(LabelledStatisticSet.Test), LazyTexts.Value));

    public static LabelledStatisticSet Set => LazySet.Value;

    /// <summary>Every labelled article's text by <see cref="LabelledArticle.Key"/>; skips (fails in CI) without the shared data.</summary>
    public static IReadOnlyDictionary<string, string> Texts()
    {
        RequireSharedData();
        return LazyTexts.Value;
    }

    public static IReadOnlyList<LabelledExample> Train()
    {
        RequireSharedData();
        return LazyTrain.Value;
    }

    public static IReadOnlyList<LabelledExample> Test()
    {
        RequireSharedData();
        return LazyTest.Value;
    }

    private static void RequireSharedData()
    {
        foreach (var dump in LabelledArticleTexts.Dumps.Values)
        {
            SharedData.Require(dump);
        }
    }
}
