using ChiBo.Extract.Model;
using ChiBo.Index.Analysis;
using ChiBo.Index.Search;
using ChiBo.Ingest.Model;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace ChiBo.Index.Storage;

/// <summary>
/// The on-disk Lucene index of articles. One writer per directory; searches see the last commit. Opened with
/// <see cref="SimpleFSDirectory"/>: in Lucene.Net 4.8.0-beta00017 FSDirectory.Open picks MMapDirectory, which was
/// measured 2.4× slower loading stored fields on two threads. Safe for concurrent searches alongside one writer.
/// </summary>
public sealed class ArticleIndex : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const int MaxCollected = 10_000;
    private const int FacetLimit = 20;

    private static readonly string[] FacetFields =
        [IndexFields.ProvinceFacet, IndexFields.LocalityFacet, IndexFields.YearFacet, IndexFields.TypeFacet, IndexFields.CodeFacet];

    private static readonly Dictionary<string, string> FacetNames = new(StringComparer.Ordinal)
    {
        [IndexFields.ProvinceFacet] = "province",
        [IndexFields.LocalityFacet] = "locality",
        [IndexFields.YearFacet] = "year",
        [IndexFields.TypeFacet] = "type",
        [IndexFields.CodeFacet] = "code",
    };

    private readonly Lucene.Net.Store.Directory _directory;
    private readonly Analyzer _analyzer;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly ResearcherQueryBuilder _queries = new();
    private readonly System.Threading.Lock _suggesterLock = new();
    private (long Generation, SpellingSuggester Suggester)? _suggester;

    private ArticleIndex(string path)
    {
        _directory = new SimpleFSDirectory(new DirectoryInfo(path));
        _analyzer = new PerFieldAnalyzerWrapper(
            new VietnameseAnalyzer(),
            new Dictionary<string, Analyzer>
            {
                [IndexFields.TitleFolded] = new FoldedVietnameseAnalyzer(),
                [IndexFields.TextFolded] = new FoldedVietnameseAnalyzer(),
                [IndexFields.TextBigrams] = new SyllableBigramAnalyzer(),
            });
        _writer = new IndexWriter(_directory, new IndexWriterConfig(Version, _analyzer) { OpenMode = OpenMode.CREATE_OR_APPEND });
        if (!DirectoryReader.IndexExists(_directory))
        {
            _writer.Commit();
        }

        _searchers = new SearcherManager(_writer, true, null);
    }

    /// <summary>Opens (creating when absent) the index in <paramref name="directory"/>.</summary>
    public static ArticleIndex Open(string directory)
    {
        System.IO.Directory.CreateDirectory(directory);
        return new ArticleIndex(directory);
    }

    /// <summary>Number of live articles searches see.</summary>
    public int Count => WithSearcher(s => s.IndexReader.NumDocs);

    /// <summary>The commit generation searches currently see.</summary>
    public long Generation => WithSearcher(s => ((DirectoryReader)s.IndexReader).IndexCommit.Generation);

    /// <summary>Adds the article, replacing any with the same id.</summary>
    public void Upsert(Article article, ArticleAnalysis analysis, string? sourceFile = null, string? sourceHash = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(analysis);
        _writer.UpdateDocument(new Term(IndexFields.Id, article.Id), ArticleDocumentBuilder.Build(article, analysis, sourceFile, sourceHash));
    }

    /// <summary>Removes every article ingested from the input file named <paramref name="source"/>.</summary>
    public void DeleteBySource(string source) => _writer.DeleteDocuments(new Term(IndexFields.Source, source));

    /// <summary>Source → content hash of everything committed, to tell new and changed inputs from ones already done.</summary>
    public IReadOnlyDictionary<string, string> SourceHashes() => WithSearcher(searcher =>
    {
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        var reader = searcher.IndexReader;
        var liveDocs = MultiFields.GetLiveDocs(reader);
        var fields = new HashSet<string>(StringComparer.Ordinal) { IndexFields.Source, IndexFields.SourceHash };
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (liveDocs is not null && !liveDocs.Get(doc))
            {
                continue;
            }

            var stored = reader.Document(doc, fields);
            if (stored.Get(IndexFields.Source) is { } source && stored.Get(IndexFields.SourceHash) is { } hash)
            {
                hashes[source] = hash;
            }
        }

        return hashes;
    });

    /// <summary>Makes changes durable and visible to searches.</summary>
    public void Commit()
    {
        _writer.Commit();
        _searchers.MaybeRefreshBlocking();
    }

    public StoredArticle? Get(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return WithSearcher(searcher =>
        {
            var top = searcher.Search(new TermQuery(new Term(IndexFields.Id, id)), 1);
            if (top.TotalHits == 0)
            {
                return null;
            }

            var doc = searcher.Doc(top.ScoreDocs[0].Doc);
            var (article, analysis) = StoredArticleJson.Deserialize(doc.Get(IndexFields.Json), doc.Get(IndexFields.Text));
            return new StoredArticle(article, analysis, doc.Get(IndexFields.Source), doc.Get(IndexFields.SourceHash));
        });
    }

    public SearchResponse Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (query, highlights) = _queries.Build(request.Query);
        var filters = ResearcherQueryBuilder.Filters(request).ToList();
        if (filters.Count > 0)
        {
            var all = new BooleanQuery();
            foreach (var filter in filters)
            {
                all.Add(filter, Occur.MUST);
            }

            query = new FilteredQuery(query, new QueryWrapperFilter(all));
        }

        return WithSearcher(searcher =>
        {
            var wanted = Math.Min(request.Page * request.Size, MaxCollected);
            ITopDocsCollector top = request.Sort == SearchSort.Date
                ? TopFieldCollector.Create(new Sort(new SortField(IndexFields.Day, SortFieldType.INT32, true)), wanted, true, true, false, false)
                : TopScoreDocCollector.Create(wanted, false);
            var facets = new FacetCollector(FacetFields);
            try
            {
                searcher.Search(query, MultiCollector.Wrap((ICollector)top, facets));
            }
            catch (BooleanQuery.TooManyClausesException e)
            {
                throw new QuerySyntaxException("The query expands to too many terms; make it more specific.", null, e);
            }

            var page = top.GetTopDocs((request.Page - 1) * request.Size, request.Size);
            var hits = new List<SearchHit>(page.ScoreDocs.Length);
            foreach (var scoreDoc in page.ScoreDocs)
            {
                hits.Add(ToHit(searcher, scoreDoc, highlights));
            }

            var facetResults = facets.Results(FacetLimit).ToDictionary(kv => FacetNames[kv.Key], kv => kv.Value);
            return new SearchResponse(top.TotalHits, request.Page, request.Size, hits, facetResults)
            {
                DidYouMean = Suggester(searcher).Suggest(request.Query, searcher),
            };
        });
    }

    private static SearchHit ToHit(IndexSearcher searcher, ScoreDoc scoreDoc, HighlightTerms highlights)
    {
        var doc = searcher.Doc(scoreDoc.Doc, IndexFields.HitFields);
        var text = doc.Get(IndexFields.Text);
        var article = StoredArticleJson.DeserializeArticle(doc.Get(IndexFields.Json), text);
        var snippet = SnippetBuilder.Build(searcher.IndexReader, scoreDoc.Doc, text, highlights);
        var score = float.IsNaN(scoreDoc.Score) ? 0f : scoreDoc.Score;
        return new SearchHit(article.Id, article.Title, article.Published?.ToIsoString(), [.. article.Authors.Select(a => a.Name)], article.Locality, score, snippet);
    }

    private SpellingSuggester Suggester(IndexSearcher searcher)
    {
        var generation = ((DirectoryReader)searcher.IndexReader).Version;
        lock (_suggesterLock)
        {
            if (_suggester is not { } cached || cached.Generation != generation)
            {
                cached = (generation, new SpellingSuggester(searcher.IndexReader));
                _suggester = cached;
            }

            return cached.Suggester;
        }
    }

    private T WithSearcher<T>(Func<IndexSearcher, T> use)
    {
        var searcher = _searchers.Acquire();
        try
        {
            return use(searcher);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _analyzer.Dispose();
        _queries.Dispose();
        _directory.Dispose();
    }
}
