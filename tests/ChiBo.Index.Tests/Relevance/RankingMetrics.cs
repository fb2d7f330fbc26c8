namespace ChiBo.Index.Tests.Relevance;

/// <summary>Graded-relevance measures over one ranked list: NDCG@k with gain 2^grade − 1, and reciprocal rank.</summary>
internal static class RankingMetrics
{
    /// <summary>Grade at or above which a document counts as relevant for the reciprocal rank.</summary>
    public const int RelevantGrade = 2;

    public static double Ndcg(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades, int k)
    {
        var ideal = Dcg(grades.Values.OrderDescending().Take(k).ToList());
        return ideal == 0 ? 0 : Dcg(ranked.Take(k).Select(id => grades.GetValueOrDefault(id)).ToList()) / ideal;
    }

    public static double ReciprocalRank(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades, int k)
    {
        for (var i = 0; i < Math.Min(k, ranked.Count); i++)
        {
            if (grades.GetValueOrDefault(ranked[i]) >= RelevantGrade)
            {
                return 1.0 / (i + 1);
            }
        }

        return 0;
    }

    private static double Dcg(List<int> gradesInOrder)
    {
        var sum = 0.0;
        for (var i = 0; i < gradesInOrder.Count; i++)
        {
            sum += (Math.Pow(2, gradesInOrder[i]) - 1) / Math.Log2(i + 2);
        }

        return sum;
    }
}
