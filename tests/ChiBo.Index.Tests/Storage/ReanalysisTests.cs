using ChiBo.Extract;
using ChiBo.Extract.Model;
using ChiBo.Index.Pipeline;
using ChiBo.Index.Statistics;
using ChiBo.Index.Storage;
using ChiBo.Ingest.Model;
using ChiBo.TestSupport;

namespace ChiBo.Index.Tests.Storage;

/// <summary>An index analysed by another build is analysed again by this one, once, and loses nothing doing it.</summary>
public sealed class ReanalysisTests : IDisposable
{
    private readonly string _path = Directory.CreateTempSubdirectory("chibo-reanalyse-").FullName;

    [Fact]
    public void ANewIndexIsAnalysedByThisBuild()
    {
        using var index = ArticleIndex.Open(_path);

        Assert.Equal(AnalysisFingerprint.Current, index.AnalysedBy);
        Assert.False(index.NeedsReanalysis);
    }

    [Fact]
    public void AnIndexFromAnotherBuildIsAnalysedAgainFromItsStoredTextKeepingSourceAndDuplicates()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Corpus, "004-ben-tre-doi-moi-sinh-hoat-chi-bo.txt"));
        Assert.True(PublishedDate.TryParseIso("2019-12-18", out var published));
        var article = new Article { Id = "ben-tre", Title = "Bến Tre đổi mới sinh hoạt chi bộ", Text = text, Published = published };
        using (var old = ArticleIndex.Open(_path))
        {
            // What an older build might have left: the article with no statistics found, and a near-copy of it.
            old.Upsert(article, ArticleAnalysis.Empty, "corpus/004.txt", "hash-004");
            old.UpsertDuplicate(article with { Id = "ben-tre-copy" }, "ben-tre", "dump.jsonl", "hash-dump");
            old.MarkAnalysedBy("0123456789abcdef");
            old.Commit();
        }

        using var index = ArticleIndex.Open(_path);
        Assert.True(index.NeedsReanalysis);
        Assert.Equal("0123456789abcdef", index.AnalysedBy);
        Assert.Empty(new CorpusStatistics(index).Find(new StatisticQuery { Size = 500 }).Records);

        var report = new IngestPipeline(index).ReanalyseIfStale();

        Assert.NotNull(report);
        Assert.Equal(1, report.Analysed);
        Assert.Empty(report.Failed);
        Assert.False(index.NeedsReanalysis);
        var stored = index.Get("ben-tre");
        Assert.NotNull(stored);
        Assert.Equal(text, stored.Article.Text);
        Assert.Equal(("corpus/004.txt", "hash-004"), (stored.SourceFile, stored.SourceHash));
        Assert.Contains(stored.Analysis.Statistics, s => s.Value == 16.28m && s.Metric == "members.rated_excellent_rate");
        Assert.Contains(new CorpusStatistics(index).Compare("members.rated_good_or_better_rate")!.Rows, r => r.Value == 93.27m && r.Derived);
        Assert.Equal("ben-tre", index.Get("ben-tre-copy")?.DuplicateOf);
        Assert.Equal(1, index.Count - 1);
        Assert.Null(new IngestPipeline(index).ReanalyseIfStale());
    }

    [Fact]
    public void AnIngestIntoAStaleIndexDoesNotMarkItCurrent()
    {
        using (var old = ArticleIndex.Open(_path))
        {
            old.Upsert(new Article { Id = "a", Title = "Chi bộ thôn", Text = "Chi bộ thôn có 25 đảng viên." }, ArticleAnalysis.Empty);
            old.MarkAnalysedBy(null);
            old.Commit();
        }

        using (var index = ArticleIndex.Open(_path))
        {
            Assert.Null(index.AnalysedBy);
            index.Upsert(new Article { Id = "b", Title = "Chi bộ xóm", Text = "Chi bộ xóm có 12 đảng viên." }, ArticleAnalysis.Empty);
            index.Commit();
        }

        using var reopened = ArticleIndex.Open(_path);
        Assert.True(reopened.NeedsReanalysis);
        Assert.Equal(2, reopened.Reanalyse(new ArticleAnalyzer().Analyze).Analysed);
        Assert.Equal(25m, Assert.Single(reopened.Get("a")!.Analysis.Statistics).Value);
    }

    [Fact]
    public void AnArticleWhoseAnalysisFailsKeepsItsDocumentAndTheRestGoOn()
    {
        using (var old = ArticleIndex.Open(_path))
        {
            old.Upsert(new Article { Id = "a", Title = "Chi bộ thôn", Text = "Chi bộ thôn có 25 đảng viên." }, ArticleAnalysis.Empty, "a.txt", "hash-a");
            old.Upsert(new Article { Id = "b", Title = "Chi bộ xóm", Text = "Chi bộ xóm có 12 đảng viên." }, ArticleAnalysis.Empty, "b.txt", "hash-b");
            old.MarkAnalysedBy("0123456789abcdef");
            old.Commit();
        }

        using var index = ArticleIndex.Open(_path);
        var analyzer = new ArticleAnalyzer();
        var report = index.Reanalyse(a => a.Id == "a" ? throw new InvalidDataException("broken stored article") : analyzer.Analyze(a));

        Assert.Equal(1, report.Analysed);
        Assert.Equal(("a", "broken stored article"), Assert.Single(report.Failed));
        Assert.Empty(index.Get("a")!.Analysis.Statistics);
        Assert.Equal("hash-a", index.Get("a")!.SourceHash);
        Assert.Equal(12m, Assert.Single(index.Get("b")!.Analysis.Statistics).Value);
        Assert.False(index.NeedsReanalysis);
    }

    [Fact]
    public void AFileABatchCommitCutThroughStaysMarkedAfterReanalysis()
    {
        using (var old = ArticleIndex.Open(_path))
        {
            old.Upsert(new Article { Id = "a", Title = "Chi bộ thôn", Text = "Chi bộ thôn có 25 đảng viên." }, ArticleAnalysis.Empty, "dump.jsonl", "hash-dump");
            old.MarkAnalysedBy("0123456789abcdef");
            old.Commit(partialSource: "dump.jsonl");
        }

        using var index = ArticleIndex.Open(_path);
        index.Reanalyse(new ArticleAnalyzer().Analyze);

        Assert.Equal(string.Empty, index.SourceHashes()["dump.jsonl"]);
    }

    public void Dispose() => Directory.Delete(_path, recursive: true);
}
