using ChiBo.Extract.Model;
using ChiBo.Extract.References.Registry;
using ChiBo.Index.Analysis;
using ChiBo.Index.References;
using ChiBo.Index.Search;
using ChiBo.Ingest.Deduplication;
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
        [IndexFields.ProvinceFacet, IndexFields.LocalityFacet, IndexFields.YearFacet, IndexFields.TypeFacet, IndexFields.CodeFacet, IndexFields.TopicFacet];

    private static readonly Dictionary<string, string> FacetNames = new(StringComparer.Ordinal)
    {
        [IndexFields.ProvinceFacet] = "province",
        [IndexFields.LocalityFacet] = "locality",
        [IndexFields.YearFacet] = "year",
        [IndexFields.TypeFacet] = "type",
        [IndexFields.CodeFacet] = "code",
        [IndexFields.TopicFacet] = "topic",
    };

    private const string PartialSourceKey = "chibo.partial-source";
    private const string AnalysisKey = "chibo.analysis";

    private readonly Lucene.Net.Store.Directory _directory;
    private readonly Analyzer _analyzer;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly ResearcherQueryBuilder _queries = new();
    private readonly IndexedReferences _references = new();
    private readonly System.Threading.Lock _suggesterLock = new();
    private (long Generation, SpellingSuggester Suggester)? _suggester;

    // The fingerprint of the code that analysed what the index holds; a commit carries it unchanged until
    // Reanalyse has rewritten every article, so an ingest into a stale index never makes it look current.
    private string? _analysedBy;

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
            _analysedBy = AnalysisFingerprint.Current;
            SetCommitData(partialSource: null);
            _writer.Commit();
        }
        else
        {
            _analysedBy = LastCommitData().TryGetValue(AnalysisKey, out var analysedBy) && analysedBy.Length > 0 ? analysedBy : null;
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
    public void Upsert(Article article, ArticleAnalysis analysis, string? sourceFile = null, string? sourceHash = null, MinHashSignature? signature = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(analysis);
        _writer.UpdateDocument(new Term(IndexFields.Id, article.Id), ArticleDocumentBuilder.Build(article, analysis, sourceFile, sourceHash, signature?.ToBytes()));
    }

    /// <summary>Stores a near-copy of the article <paramref name="duplicateOf"/>: retrievable by id, never a search hit.</summary>
    public void UpsertDuplicate(Article article, string duplicateOf, string? sourceFile = null, string? sourceHash = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(duplicateOf);
        _writer.UpdateDocument(new Term(IndexFields.Id, article.Id), ArticleDocumentBuilder.BuildDuplicate(article, duplicateOf, sourceFile, sourceHash));
    }

    /// <summary>Every committed canonical article's id, source and MinHash signature, to rebuild the near-duplicate lookup.</summary>
    public IReadOnlyList<(string Id, string? Source, MinHashSignature Signature)> Signatures() => WithSearcher(searcher =>
    {
        var signatures = new List<(string, string?, MinHashSignature)>();
        var reader = searcher.IndexReader;
        var liveDocs = MultiFields.GetLiveDocs(reader);
        var fields = new HashSet<string>(StringComparer.Ordinal) { IndexFields.Id, IndexFields.Source, IndexFields.Signature };
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (liveDocs is not null && !liveDocs.Get(doc))
            {
                continue;
            }

            var stored = reader.Document(doc, fields);
            if (stored.GetBinaryValue(IndexFields.Signature) is { } bytes)
            {
                signatures.Add((stored.Get(IndexFields.Id), stored.Get(IndexFields.Source), MinHashSignature.FromBytes(bytes.Bytes[bytes.Offset..(bytes.Offset + bytes.Length)])));
            }
        }

        return signatures;
    });

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

        if (PartialSourceOfLastCommit() is { } partial && hashes.ContainsKey(partial))
        {
            hashes[partial] = string.Empty;
        }

        return hashes;
    });

    private string? PartialSourceOfLastCommit() =>
        LastCommitData().TryGetValue(PartialSourceKey, out var source) && source.Length > 0 ? source : null;

    private IDictionary<string, string> LastCommitData()
    {
        if (!DirectoryReader.IndexExists(_directory))
        {
            return new Dictionary<string, string>(StringComparer.Ordinal);
        }

        var infos = new SegmentInfos();
        infos.Read(_directory);
        return infos.UserData;
    }

    /// <summary>
    /// The <see cref="Storage.AnalysisFingerprint"/> of the code that analysed the committed articles; null for an
    /// index written before fingerprints were recorded.
    /// </summary>
    public string? AnalysedBy => _analysedBy;

    /// <summary>True when the articles were analysed by other code than this build's (<see cref="Reanalyse"/>).</summary>
    public bool NeedsReanalysis => _analysedBy != AnalysisFingerprint.Current;

    /// <summary>
    /// Analyses every committed canonical article again from its stored text and metadata with
    /// <paramref name="analyze"/> and rewrites its document, keeping its source, source hash and near-duplicate
    /// signature (near-copies hold no analysis and are left as they are). An article whose stored form cannot be read
    /// or whose analysis throws keeps its document and is reported: one bad article must not stop a server's start.
    /// Commits every <paramref name="commitEvery"/> articles; only the last commit records this build's fingerprint,
    /// so a run cut short starts again next time. A file a batch commit had cut through stays marked as such.
    /// </summary>
    public ReanalysisReport Reanalyse(Func<Article, ArticleAnalysis> analyze, int commitEvery = 2000, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(analyze);
        ArgumentOutOfRangeException.ThrowIfLessThan(commitEvery, 1);
        var partial = PartialSourceOfLastCommit();
        var failed = new List<(string Id, string Error)>();
        var count = WithSearcher(searcher =>
        {
            var reader = searcher.IndexReader;
            var liveDocs = MultiFields.GetLiveDocs(reader);
            var done = 0;
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (liveDocs is not null && !liveDocs.Get(doc))
                {
                    continue;
                }

                var stored = reader.Document(doc);
                if (stored.Get(IndexFields.DuplicateOf) is not null || stored.Get(IndexFields.Json) is not { } json)
                {
                    continue;
                }

                Article article;
                ArticleAnalysis analysis;
                try
                {
                    (article, _) = StoredArticleJson.Deserialize(json, stored.Get(IndexFields.Text) ?? string.Empty);
                    analysis = analyze(article);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    failed.Add((stored.Get(IndexFields.Id), e.Message));
                    continue;
                }

                var signature = stored.GetBinaryValue(IndexFields.Signature) is { } bytes ? bytes.Bytes[bytes.Offset..(bytes.Offset + bytes.Length)] : null;
                _writer.UpdateDocument(
                    new Term(IndexFields.Id, article.Id),
                    ArticleDocumentBuilder.Build(article, analysis, stored.Get(IndexFields.Source), stored.Get(IndexFields.SourceHash), signature));
                if (++done % commitEvery == 0)
                {
                    Commit(partial);
                }
            }

            return done;
        });
        _analysedBy = AnalysisFingerprint.Current;
        Commit(partial);
        return new ReanalysisReport(count, failed);
    }

    /// <summary>Records <paramref name="fingerprint"/> as the analysing code at the next commit (tests of stale indexes).</summary>
    internal void MarkAnalysedBy(string? fingerprint) => _analysedBy = fingerprint;

    /// <summary>Makes changes durable and visible to searches.</summary>
    public void Commit() => Commit(partialSource: null);

    /// <summary>
    /// Makes changes durable and visible; <paramref name="partialSource"/> names the input file of which this commit
    /// holds only some articles (a dump cut by a batch commit). The name travels in the commit itself, so after a crash
    /// that file is not taken as done: <see cref="SourceHashes"/> reports it as changed and the next run reads it again.
    /// </summary>
    public void Commit(string? partialSource)
    {
        SetCommitData(partialSource);
        _writer.Commit();
        _searchers.MaybeRefreshBlocking();
    }

    private void SetCommitData(string? partialSource) =>
        _writer.SetCommitData(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [PartialSourceKey] = partialSource ?? string.Empty,
            [AnalysisKey] = _analysedBy ?? string.Empty,
        });

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
            return new StoredArticle(article, analysis, doc.Get(IndexFields.Source), doc.Get(IndexFields.SourceHash)) { DuplicateOf = doc.Get(IndexFields.DuplicateOf) };
        });
    }

    public SearchResponse Search(SearchRequest request) => Search(request, RankingOptions.Full);

    /// <summary>Searches with only the ranking signals <paramref name="ranking"/> turns on (relevance ablation).</summary>
    public SearchResponse Search(SearchRequest request, RankingOptions ranking)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (query, highlights) = _queries.Build(request.Query, ranking);
        var filters = ResearcherQueryBuilder.Filters(request).ToList();

        // Near-duplicates are stored for look-up by id only; an empty query must not list them beside their canonical.
        query = new BooleanQuery { { query, Occur.MUST }, { new WildcardQuery(new Term(IndexFields.DuplicateOf, "*")), Occur.MUST_NOT } };
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

    /// <summary>The registry of referenced documents as of the last commit.</summary>
    public ReferenceCatalog ReferenceCatalog() => WithSearcher(_references.Catalog);

    /// <summary>Registry entries matching <paramref name="query"/>, most cited first.</summary>
    public ReferencePage References(ReferenceQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return ReferenceFilter.Apply(ReferenceCatalog(), query);
    }

    /// <summary>One registry entry (by its id or an alias) with every mention, or null when no article cites it.</summary>
    public ReferenceDetail? Reference(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return WithSearcher(searcher =>
        {
            var catalog = _references.Catalog(searcher);
            return catalog.Find(id) is { } entry ? new ReferenceDetail(entry, IndexedReferences.MentionsOf(searcher, catalog, entry)) : null;
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

    /// <summary>Runs <paramref name="use"/> on the searcher of the last commit (the statistics listing reads through it).</summary>
    internal T Read<T>(Func<IndexSearcher, T> use) => WithSearcher(use);

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
