using ChiBo.Extract.Model;
using ChiBo.Index.Search;
using ChiBo.Ingest.Model;

namespace ChiBo.Index.Storage;

/// <summary>
/// The on-disk Lucene index of articles. One writer per directory; searches see the last commit or refresh.
/// </summary>
public sealed class ArticleIndex : IDisposable
{
    /// <summary>Opens (creating when absent) the index in <paramref name="directory"/>.</summary>
    public static ArticleIndex Open(string directory) => throw new NotImplementedException();

    /// <summary>Number of live articles.</summary>
    public int Count => throw new NotImplementedException();

    /// <summary>The commit generation searches currently see.</summary>
    public long Generation => throw new NotImplementedException();

    /// <summary>Adds the article, replacing any with the same id.</summary>
    public void Upsert(Article article, ArticleAnalysis analysis, string? sourceFile = null, string? sourceHash = null) => throw new NotImplementedException();

    /// <summary>Removes every article ingested from the input file named <paramref name="source"/>.</summary>
    public void DeleteBySource(string source) => throw new NotImplementedException();

    /// <summary>Source → content hash of everything indexed, to tell new and changed inputs from ones already done.</summary>
    public IReadOnlyDictionary<string, string> SourceHashes() => throw new NotImplementedException();

    /// <summary>Makes changes durable and visible to searches.</summary>
    public void Commit() => throw new NotImplementedException();

    public StoredArticle? Get(string id) => throw new NotImplementedException();

    public SearchResponse Search(SearchRequest request) => throw new NotImplementedException();

    public void Dispose()
    {
    }
}
