using ChiBo.Extract.Model;
using ChiBo.Ingest.Model;

namespace ChiBo.Index.Storage;

/// <summary>An article as kept in the index: what ingest produced, what extract found, and where it came from.</summary>
public sealed record StoredArticle(Article Article, ArticleAnalysis Analysis, string? SourceFile = null, string? SourceHash = null)
{
    /// <summary>Set on a near-duplicate: the id of the canonical article it copies.</summary>
    public string? DuplicateOf { get; init; }
}
