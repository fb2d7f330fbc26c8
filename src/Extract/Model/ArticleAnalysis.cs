namespace ChiBo.Extract.Model;

/// <summary>What Extract finds in one article's main text.</summary>
public sealed record ArticleAnalysis(IReadOnlyList<DocumentReference> References, IReadOnlyList<Statistic> Statistics)
{
    public static readonly ArticleAnalysis Empty = new([], []);
}
