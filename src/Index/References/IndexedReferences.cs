using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using ChiBo.Extract.References.Registry;
using ChiBo.Index.Storage;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ChiBo.Index.References;

/// <summary>
/// The reference registry derived from the index itself, so it is right by construction after any add, replace
/// (a changed file deletes and re-adds its articles) or restart: each article stores its mentions
/// (<see cref="IndexFields.ReferenceMentions"/>) and indexes their id stems (<see cref="IndexFields.ReferenceBase"/>).
/// <para>
/// Why this scales: Lucene segments never change once written, so each segment's mentions are read from stored
/// fields once and cached by the segment's core key (without sentences, which only a detail page needs). A new
/// commit reads only its new segments; a merge rereads the merged one; deletions are applied from live docs at
/// fold time. The fold over cached segments (a few counters per distinct document per article) is redone once per
/// reader version and cached. After a restart the first registry request reads every segment once. A detail page
/// finds its articles through the id-stem term, never by scanning.
/// </para>
/// </summary>
internal sealed class IndexedReferences
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly ISet<string> MentionFields = new HashSet<string>(StringComparer.Ordinal) { IndexFields.ReferenceMentions };

    private readonly ConditionalWeakTable<object, ArticleReferences?[]> _segments = [];
    private readonly Lock _lock = new();
    private (long Version, ReferenceCatalog Catalog)? _catalog;

    public static string Serialize(ArticleReferences references) => JsonSerializer.Serialize(references, Json);

    public static ArticleReferences? Deserialize(string? json) => json is null ? null : JsonSerializer.Deserialize<ArticleReferences>(json, Json);

    public ReferenceCatalog Catalog(IndexSearcher searcher)
    {
        var reader = (DirectoryReader)searcher.IndexReader;
        lock (_lock)
        {
            if (_catalog is { } cached && cached.Version == reader.Version)
            {
                return cached.Catalog;
            }

            var registry = new ReferenceRegistry();
            foreach (var leaf in reader.Leaves)
            {
                var atomic = leaf.AtomicReader;
                var articles = _segments.GetValue(atomic.CoreCacheKey, _ => ReadSegment(atomic));
                var live = atomic.LiveDocs;
                for (var doc = 0; doc < articles.Length; doc++)
                {
                    if (articles[doc] is { } article && (live is null || live.Get(doc)))
                    {
                        registry.Add(article);
                    }
                }
            }

            var catalog = registry.Build();
            _catalog = (reader.Version, catalog);
            return catalog;
        }
    }

    /// <summary>Every mention of <paramref name="entry"/>, with its sentence, newest article first.</summary>
    public static List<(ArticleReferences Article, ReferenceMention Mention)> MentionsOf(IndexSearcher searcher, ReferenceCatalog catalog, ReferenceEntry entry)
    {
        var found = new List<(ArticleReferences, ReferenceMention)>();
        var term = new Term(IndexFields.ReferenceBase, entry.BaseId);
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var docs = leaf.AtomicReader.GetTermDocsEnum(term);
            if (docs is null)
            {
                continue;
            }

            while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                var stored = leaf.AtomicReader.Document(docs.DocID, MentionFields);
                if (Deserialize(stored.Get(IndexFields.ReferenceMentions)) is not { } article)
                {
                    continue;
                }

                foreach (var mention in article.Mentions)
                {
                    if (catalog.EntryIdOf(mention.Identity) == entry.Id)
                    {
                        found.Add((article, mention));
                    }
                }
            }
        }

        found.Sort((a, b) =>
        {
            var byDate = Nullable.Compare(b.Item1.Published?.Date, a.Item1.Published?.Date);
            var byArticle = byDate != 0 ? byDate : string.CompareOrdinal(a.Item1.ArticleId, b.Item1.ArticleId);
            return byArticle != 0 ? byArticle : a.Item2.Reference.Start.CompareTo(b.Item2.Reference.Start);
        });
        return found;
    }

    private static ArticleReferences?[] ReadSegment(AtomicReader reader)
    {
        var articles = new ArticleReferences?[reader.MaxDoc];
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (Deserialize(reader.Document(doc, MentionFields).Get(IndexFields.ReferenceMentions)) is { Mentions.Count: > 0 } article)
            {
                // The catalog needs counts and descriptions; sentences are read again for a detail page only.
                articles[doc] = article with { Mentions = [.. article.Mentions.Select(m => m with { Sentence = string.Empty })] };
            }
        }

        return articles;
    }
}
