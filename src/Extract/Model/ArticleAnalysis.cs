namespace ChiBo.Extract.Model;

/// <summary>What Extract finds in one article's main text.</summary>
public sealed record ArticleAnalysis(IReadOnlyList<DocumentReference> References, IReadOnlyList<Statistic> Statistics)
{
    public static readonly ArticleAnalysis Empty = new([], []);

    /// <summary>The article's news topic; null when no classifier ran (older index entries, analysis of bare text).</summary>
    public TopicAssignment? Topic { get; init; }
}
