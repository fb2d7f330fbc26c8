using ChiBo.Cli.Commands;
using ChiBo.Cli.Tests.Support;
using ChiBo.Index.Storage;

namespace ChiBo.Cli.Tests.Commands;

public sealed class IngestCommandTests : IDisposable
{
    private readonly ArticleFolder _articles = new();
    private readonly TempDataDirectory _data = new();

    [Fact]
    public async Task BrokenFilesAreReportedAndTheRestIsIngested()
    {
        _articles.WriteArticles(12);
        _articles.WriteBytes("empty.txt", []);
        _articles.WriteBytes("binary.txt", [0x00, 0x01, 0x02, 0xFF, 0x00, 0x10, 0x00, 0x00, 0x7F, 0x00]);
        _articles.WriteBytes("latin1.txt", System.Text.Encoding.Latin1.GetBytes("Café crème brûlée à la française, naïve résumé, déjà vu. Ça coûte très cher."));

        var (code, output, error) = await Chibo.RunAsync("ingest", _articles.Path, "--data", _data.Path);

        Assert.Equal(ChiboCommandLine.SomeInputsFailed, code);
        Assert.Contains("empty.txt", error, StringComparison.Ordinal);
        Assert.Contains("binary.txt", error, StringComparison.Ordinal);
        Assert.Contains("latin1.txt", error, StringComparison.Ordinal);
        Assert.Contains("ingested 12 new", output, StringComparison.Ordinal);
        using var index = ArticleIndex.Open(_data.IndexPath);
        Assert.Equal(12, index.Count);
    }

    [Fact]
    public async Task AnIndexAnalysedByAnotherBuildIsAnalysedAgainBeforeTheBatch()
    {
        _articles.WriteArticles(3);
        await Chibo.RunAsync("ingest", _articles.Path, "--data", _data.Path);
        MarkAnalysedByAnotherBuild(_data.IndexPath);

        var (code, output, _) = await Chibo.RunAsync("ingest", _articles.Path, "--data", _data.Path);
        var (_, again, _) = await Chibo.RunAsync("ingest", _articles.Path, "--data", _data.Path);

        Assert.Equal(ChiboCommandLine.Success, code);
        Assert.Contains("re-analysed 3 articles of the index (analysed by 0123456789abcdef", output, StringComparison.Ordinal);
        Assert.Contains("ingested 0 new", output, StringComparison.Ordinal);
        Assert.DoesNotContain("re-analysed", again, StringComparison.Ordinal);
        using var index = ArticleIndex.Open(_data.IndexPath);
        Assert.Equal(AnalysisFingerprint.Current, index.AnalysedBy);
    }

    /// <summary>Rewrites the last commit's record of the analysing build, as an index written by an older one has it.</summary>
    private static void MarkAnalysedByAnotherBuild(string indexPath)
    {
        using var directory = new Lucene.Net.Store.SimpleFSDirectory(new DirectoryInfo(indexPath));
        using var writer = new Lucene.Net.Index.IndexWriter(directory, new Lucene.Net.Index.IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, null));
        var data = new Dictionary<string, string>(writer.CommitData, StringComparer.Ordinal) { ["chibo.analysis"] = "0123456789abcdef" };
        writer.SetCommitData(data);
        writer.Commit();
    }

    [Fact]
    public async Task ReRunningTheSameBatchChangesNothing()
    {
        _articles.WriteArticles(20);
        await Chibo.RunAsync("ingest", _articles.Path, "--data", _data.Path);

        var (code, output, _) = await Chibo.RunAsync("ingest", _articles.Path, "--data", _data.Path);

        Assert.Equal(ChiboCommandLine.Success, code);
        Assert.Contains("ingested 0 new", output, StringComparison.Ordinal);
        Assert.Contains("20 unchanged files skipped", output, StringComparison.Ordinal);
        using var index = ArticleIndex.Open(_data.IndexPath);
        Assert.Equal(20, index.Count);
    }

    [Fact]
    public async Task ACopyOfAnArticleUnderAnotherNameIsNotIndexedTwice()
    {
        _articles.WriteArticles(3);
        File.Copy(Path.Combine(_articles.Path, "bai-1.txt"), Path.Combine(_articles.Path, "bai-1-copy.txt"));

        var (code, output, _) = await Chibo.RunAsync("ingest", _articles.Path, "--data", _data.Path);

        Assert.Equal(ChiboCommandLine.Success, code);
        Assert.Contains("ingested 3 new, 1 unchanged", output, StringComparison.Ordinal);
        using var index = ArticleIndex.Open(_data.IndexPath);
        Assert.Equal(3, index.Count);
    }

    [Fact]
    public async Task MissingPathIsReportedAsAFailedInput()
    {
        var (code, _, error) = await Chibo.RunAsync("ingest", Path.Combine(_articles.Path, "nope"), "--data", _data.Path);

        Assert.Equal(ChiboCommandLine.SomeInputsFailed, code);
        Assert.Contains("no such file", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ingest")]
    [InlineData("frobnicate")]
    [InlineData("search")]
    [InlineData("ingest", "--no-such-option")]
    public async Task UsageErrorExitsWithTwo(params string[] args)
    {
        var (code, _, error) = await Chibo.RunAsync(args);

        Assert.Equal(ChiboCommandLine.UsageError, code);
        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    public void Dispose()
    {
        _articles.Dispose();
        _data.Dispose();
    }
}
