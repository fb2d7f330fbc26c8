using ChiBo.Ingest.Text;
using ChiBo.TestSupport;

namespace ChiBo.SearchApi.Tests.Support;

/// <summary>
/// The real application over the five seed articles plus the three topic articles of <see cref="TopicArticles"/>
/// (sports, health, computing), copied into a temporary corpus folder that the server ingests on start.
/// </summary>
public sealed class TopicCorpusServer() : ChiboServer(CopyCorpus())
{
    private static string? _lastCorpus;

    protected override IEnumerable<(string Key, string Value)> ExtraSettings => [("Chibo:RateLimit:ReadsPerMinute", "0")];

    /// <summary>The document id of the topic article whose file name starts with <paramref name="prefix"/>.</summary>
    public static string IdOf(string prefix)
    {
        var path = TopicArticles.File(prefix);
        return new TextArticleParser().Parse(File.ReadAllText(path), Path.GetFileName(path)).Id;
    }

    private static string CopyCorpus()
    {
        var corpus = Directory.CreateTempSubdirectory("chibo-topic-corpus-").FullName;
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Corpus, "0*.txt").Concat(Directory.EnumerateFiles(TopicArticles.Directory, "*.txt")))
        {
            File.Copy(file, Path.Combine(corpus, Path.GetFileName(file)));
        }

        _lastCorpus = corpus;
        return corpus;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_lastCorpus is { } corpus && Directory.Exists(corpus))
        {
            Directory.Delete(corpus, recursive: true);
        }
    }
}
