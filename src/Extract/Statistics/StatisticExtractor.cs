using ChiBo.Extract.Model;

namespace ChiBo.Extract.Statistics;

/// <summary>Finds every figure in an article's main text (statistics.md §1).</summary>
public sealed class StatisticExtractor
{
    public IReadOnlyList<Statistic> Extract(string text, ArticleContext context) => throw new NotImplementedException();
}
