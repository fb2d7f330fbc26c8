using ChiBo.Index.Storage;

namespace ChiBo.Index.Tests.Support;

/// <summary>An empty on-disk index in a temp folder.</summary>
internal sealed class TempIndex : IDisposable
{
    private readonly string _path = Directory.CreateTempSubdirectory("chibo-temp-index-").FullName;

    public TempIndex() => Index = ArticleIndex.Open(_path);

    public ArticleIndex Index { get; }

    public void Dispose()
    {
        Index.Dispose();
        Directory.Delete(_path, recursive: true);
    }
}
