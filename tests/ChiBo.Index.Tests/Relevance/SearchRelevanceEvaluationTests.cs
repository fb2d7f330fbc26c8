using System.Globalization;
using System.Text;
using ChiBo.Index.Search;
using ChiBo.TestSupport;

namespace ChiBo.Index.Tests.Relevance;

/// <summary>
/// Relevance gate for search: the judged queries of queries.tsv (graded 0–3 in judgments.tsv by reading the pooled
/// articles) over <see cref="RelevancePool"/>, scored NDCG@10 and MRR@10 for our analysis and ranking and for plain
/// StandardAnalyzer side by side, overall and per category, plus an ablation that switches one ranking signal off at a
/// time to show what each indexed field earns. Floors sit a little under the measured run; raising one is a commit of
/// its own. Set CHIBO_RELEVANCE_POOL to a file path to write the unjudged top-20 documents of every system there, with
/// their ranks: the list to judge when queries or ranking change.
/// </summary>
public sealed class SearchRelevanceEvaluationTests(RelevancePool pool) : IClassFixture<RelevancePool>
{
    private const int Depth = 10;
    private const int PoolDepth = 20;
    private const double OursNdcgFloor = 0.84;
    private const double OursMrrFloor = 0.90;

    private static readonly (string Name, RankingOptions Ranking)[] Variants =
    [
        ("ours", RankingOptions.Full),
        ("no folded", RankingOptions.Full with { Folded = false }),
        ("no bigrams", RankingOptions.Full with { Bigrams = false }),
        ("no codes", RankingOptions.Full with { Codes = false }),
        ("no title boost", RankingOptions.Full with { TitleBoost = false }),
    ];

    [Fact]
    public void OurRankingBeatsPlainStandardAnalyzerAndStaysAboveTheFloors()
    {
        if (pool.Missing is { } missing)
        {
            _ = SharedData.Require("vnnews/vntc_sample_30k.jsonl.gz");
            Assert.Fail(missing);
        }

        var queries = JudgedQuery.Load(Path.Combine(AppContext.BaseDirectory, "Relevance"));
        Assert.True(queries.Count >= 60, $"{queries.Count} judged queries; the issue asks for at least 60.");

        var systems = Variants.Select(v => v.Name).Prepend("baseline").ToList();
        var scores = systems.ToDictionary(s => s, _ => new List<(string Category, double Ndcg, double Rr)>(), StringComparer.Ordinal);
        var unjudged = new StringBuilder();
        foreach (var query in queries)
        {
            foreach (var system in systems)
            {
                var ranked = system == "baseline"
                    ? pool.Baseline(query.Text, PoolDepth)
                    : pool.Ours(query.Text, Variants.Single(v => v.Name == system).Ranking, PoolDepth);
                scores[system].Add((query.Category, RankingMetrics.Ndcg(ranked, query.Grades, Depth), RankingMetrics.ReciprocalRank(ranked, query.Grades, Depth)));
                for (var rank = 0; rank < ranked.Count; rank++)
                {
                    if (!query.Grades.ContainsKey(ranked[rank]))
                    {
                        unjudged.Append(CultureInfo.InvariantCulture, $"{query.Id}\t{ranked[rank]}\t{system}\t{rank + 1}\n");
                    }
                }
            }
        }

        if (Environment.GetEnvironmentVariable("CHIBO_RELEVANCE_POOL") is { Length: > 0 } poolFile)
        {
            File.WriteAllText(poolFile, unjudged.ToString());
        }

        var report = Report(scores, queries, pool);
        TestContext.Current.TestOutputHelper?.WriteLine(report);
        TestContext.Current.SendDiagnosticMessage(report);

        Assert.All(queries, q => Assert.True(q.Grades.Values.Any(g => g >= RankingMetrics.RelevantGrade), $"query {q.Id} has no relevant judgment"));
        var (oursNdcg, oursMrr) = Means(scores["ours"]);
        var (baseNdcg, baseMrr) = Means(scores["baseline"]);
        Assert.True(oursNdcg > baseNdcg, $"NDCG@10 ours {oursNdcg:F3} is not above the baseline's {baseNdcg:F3}.");
        Assert.True(oursMrr > baseMrr, $"MRR ours {oursMrr:F3} is not above the baseline's {baseMrr:F3}.");
        Assert.True(oursNdcg >= OursNdcgFloor, $"NDCG@10 {oursNdcg:F3} fell below the floor {OursNdcgFloor:F3}.");
        Assert.True(oursMrr >= OursMrrFloor, $"MRR {oursMrr:F3} fell below the floor {OursMrrFloor:F3}.");
        foreach (var (name, _) in Variants.Skip(1))
        {
            // An ablation only has to be a working ranking; how much it loses is the printed figure.
            Assert.InRange(Means(scores[name]).Ndcg, 0.05, 1.0);
        }
    }

    private static string Report(Dictionary<string, List<(string Category, double Ndcg, double Rr)>> scores, IReadOnlyList<JudgedQuery> queries, RelevancePool pool)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"search relevance: {queries.Count} queries, {queries.Sum(q => q.Grades.Count)} judgments, pool {pool.Count} documents ({pool.IndexedByUs} indexed by us)\n");
        var categories = queries.Select(q => q.Category).Distinct(StringComparer.Ordinal).ToList();
        text.Append(CultureInfo.InvariantCulture, $"{"system",-15} {"NDCG@10",8} {"MRR",6}");
        foreach (var category in categories)
        {
            text.Append(CultureInfo.InvariantCulture, $" {category,10}");
        }

        text.Append('\n');
        foreach (var (system, rows) in scores)
        {
            var (ndcg, mrr) = Means(rows);
            text.Append(CultureInfo.InvariantCulture, $"{system,-15} {ndcg,8:F3} {mrr,6:F3}");
            foreach (var category in categories)
            {
                text.Append(CultureInfo.InvariantCulture, $" {Means(rows.Where(r => r.Category == category)).Ndcg,10:F3}");
            }

            text.Append('\n');
        }

        text.Append("(per-category columns are NDCG@10)");
        return text.ToString();
    }

    private static (double Ndcg, double Mrr) Means(IEnumerable<(string Category, double Ndcg, double Rr)> rows)
    {
        var list = rows.ToList();
        return list.Count == 0 ? (0, 0) : (list.Average(r => r.Ndcg), list.Average(r => r.Rr));
    }
}
