using ChiBo.Extract;
using ChiBo.Index.Storage;
using ChiBo.Ingest.Model;
using ChiBo.Ingest.Text;
using ChiBo.TestSupport;

namespace ChiBo.Index.Tests.Support;

/// <summary>A real on-disk index of the five seed articles in a temp folder, built through ingest and extract.</summary>
public sealed class SeedIndex : IDisposable
{
    private readonly string _path = Directory.CreateTempSubdirectory("chibo-index-tests-").FullName;

    public SeedIndex()
    {
        Index = ArticleIndex.Open(_path);
        var parser = new TextArticleParser();
        var analyzer = new ArticleAnalyzer();
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Corpus, "*.txt").Order(StringComparer.Ordinal))
        {
            var seed = Path.GetFileName(file)[..3];
            var article = parser.Parse(File.ReadAllText(file), "corpus/" + Path.GetFileName(file));
            Articles[seed] = article;
            Index.Upsert(article, analyzer.Analyze(article), "corpus/" + Path.GetFileName(file), "hash-" + seed);
        }

        Index.Commit();
    }

    public ArticleIndex Index { get; }

    public Dictionary<string, Article> Articles { get; } = [];

    public string IdOf(string seed) => Articles[seed].Id;

    public void Dispose()
    {
        Index.Dispose();
        try
        {
            Directory.Delete(_path, recursive: true);
        }
        catch (IOException)
        {
            // Leftover temp files are harmless.
        }
    }
}
