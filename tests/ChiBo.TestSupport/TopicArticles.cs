namespace ChiBo.TestSupport;

/// <summary>
/// Three short news articles written for these tests, one each of sports, health and computing (see the folder), so
/// that an index holds topics other than the seeds' politics.
/// </summary>
public static class TopicArticles
{
    public static string Directory => Path.Combine(RepositoryPaths.Root, "tests", "ChiBo.TestSupport", "TopicArticles");

    public static string File(string prefix) => System.IO.Directory.EnumerateFiles(Directory, prefix + "*.txt").Single();
}
