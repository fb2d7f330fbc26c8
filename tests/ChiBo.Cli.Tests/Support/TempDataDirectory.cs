namespace ChiBo.Cli.Tests.Support;

/// <summary>A fresh data directory for one test's index.</summary>
internal sealed class TempDataDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("chibo-cli-data-").FullName;

    public string IndexPath => System.IO.Path.Combine(Path, "index");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Leftover temp files are harmless.
        }
    }
}
