namespace ChiBo.TestSupport;

/// <summary>Locates the repository's own folders and the shared data beside the clone.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The folder holding ChiBo.Analysis.sln.</summary>
    public static string Root => RootPath.Value;

    public static string Corpus => Path.Combine(Root, "corpus");

    /// <summary>../shared/data beside the clone; it may be absent outside CI.</summary>
    public static string SharedData => Path.GetFullPath(Path.Combine(Root, "..", "shared", "data"));

    /// <summary>../shared/spec beside the clone.</summary>
    public static string SharedSpec => Path.GetFullPath(Path.Combine(Root, "..", "shared", "spec"));

    public static string CorpusFile(string prefix) =>
        Directory.EnumerateFiles(Corpus, prefix + "*.txt").Single();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ChiBo.Analysis.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ChiBo.Analysis.sln not found above " + AppContext.BaseDirectory);
    }
}
