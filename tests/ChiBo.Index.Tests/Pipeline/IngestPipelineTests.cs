using System.Text;
using System.Text.Json;
using ChiBo.Index.Pipeline;
using ChiBo.Index.Search;
using ChiBo.Index.Storage;
using ChiBo.TestSupport;

namespace ChiBo.Index.Tests.Pipeline;

public sealed class IngestPipelineTests : IDisposable
{
    private static readonly string[] SeedPrefixes = ["000", "001", "002", "003", "004"];

    private readonly string _dir = Directory.CreateTempSubdirectory("chibo-pipeline-").FullName;

    [Fact]
    public void ARepublishedCopyIsLinkedToTheFirstAndIsNoSecondHit()
    {
        using var index = ArticleIndex.Open(Path.Combine(_dir, "index"));
        var pipeline = new IngestPipeline(index);

        var report = pipeline.IngestNdjson(Ndjson(Seed("000"), Republished(Seed("000"))), "batch");

        var original = report.Outcomes[0];
        var copy = report.Outcomes[1];
        Assert.Equal(IngestStatus.Created, original.Status);
        Assert.Equal(IngestStatus.Duplicate, copy.Status);
        Assert.Equal(original.Id, copy.DuplicateOf);
        Assert.Equal(original.Id, index.Get(copy.Id!)?.DuplicateOf);
        Assert.Equal(1, index.Search(new SearchRequest { Query = "sinh hoạt chi bộ" }).Total);
        Assert.Equal(1, index.Search(new SearchRequest { Query = string.Empty }).Total);
    }

    [Fact]
    public void NearCopiesAreFoundAfterTheIndexIsReopened()
    {
        var path = Path.Combine(_dir, "index");
        string? canonical;
        using (var index = ArticleIndex.Open(path))
        {
            canonical = new IngestPipeline(index).IngestNdjson(Ndjson(Seed("000")), "first").Outcomes.Single().Id;
        }

        using var reopened = ArticleIndex.Open(path);
        var copy = new IngestPipeline(reopened).IngestNdjson(Ndjson(Republished(Seed("000"))), "second").Outcomes.Single();

        Assert.Equal(IngestStatus.Duplicate, copy.Status);
        Assert.Equal(canonical, copy.DuplicateOf);
    }

    [Fact]
    public void DistinctArticlesAreAllCreated()
    {
        using var index = ArticleIndex.Open(Path.Combine(_dir, "index"));

        var report = new IngestPipeline(index).IngestNdjson(Ndjson([.. Seeds()]), "seeds");

        Assert.All(report.Outcomes, o => Assert.Equal(IngestStatus.Created, o.Status));
    }

    [Fact]
    public void ParallelIngestBuildsTheSameIndexAsOneThread()
    {
        var texts = Seeds().SelectMany(s => new[] { s, Republished(s), s + "\n\nBài viết có thêm một dòng ghi chú ở cuối." }).ToArray();

        var sequential = Outcomes(texts, parallelism: 1, "one");
        var parallel = Outcomes(texts, parallelism: 4, "four");

        Assert.Equal(sequential, parallel);
        Assert.Contains(sequential, o => o.Contains("Duplicate", StringComparison.Ordinal));
    }

    [Fact]
    public void ReIngestingTheSameStreamAddsNothing()
    {
        using var index = ArticleIndex.Open(Path.Combine(_dir, "index"));
        var pipeline = new IngestPipeline(index);
        var texts = Seeds().Append(Republished(Seed("002"))).ToArray();
        pipeline.IngestNdjson(Ndjson(texts), "batch");
        var count = index.Count;

        var again = pipeline.IngestNdjson(Ndjson(texts), "batch");

        Assert.Equal(0, again.Created);
        Assert.Equal(0, again.Duplicates);
        Assert.Equal(texts.Length, again.Unchanged);
        Assert.Equal(count, index.Count);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private List<string> Outcomes(string[] texts, int parallelism, string name)
    {
        using var index = ArticleIndex.Open(Path.Combine(_dir, name));
        var report = new IngestPipeline(index) { Parallelism = parallelism, CommitEvery = 3 }.IngestNdjson(Ndjson(texts), "batch");
        return [.. report.Outcomes.Select(o => $"{o.Source} {o.Status} {o.Id} {o.DuplicateOf}")];
    }

    private static IEnumerable<string> Seeds() => SeedPrefixes.Select(Seed);

    private static string Seed(string prefix) => File.ReadAllText(RepositoryPaths.CorpusFile(prefix));

    /// <summary>What a syndicating site does: its own headline, the body as it was, its own footer.</summary>
    private static string Republished(string text)
    {
        var body = text[(text.IndexOf('\n', StringComparison.Ordinal) + 1)..];
        return "Tin từ cơ sở: một bài viết được đăng lại\n" + body + "\n\nTheo Báo Vĩnh Phúc điện tử. Bản quyền thuộc về tòa soạn.";
    }

    private static MemoryStream Ndjson(params string[] texts) =>
        new(Encoding.UTF8.GetBytes(string.Join('\n', texts.Select(t => JsonSerializer.Serialize(new { text = t })))));
}
