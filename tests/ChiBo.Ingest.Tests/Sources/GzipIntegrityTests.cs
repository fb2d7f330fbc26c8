using System.IO.Compression;
using System.Text;
using ChiBo.Ingest.Sources;

namespace ChiBo.Ingest.Tests.Sources;

public sealed class GzipIntegrityTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("chibo-gzip-").FullName;

    [Fact]
    public void AWholeGzipFileHasNoProblem() => Assert.Null(GzipIntegrity.Problem(Write("whole.gz", Gzip())));

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void ACutGzipFileIsTruncated(int keepOneIn)
    {
        var bytes = Gzip();

        var problem = GzipIntegrity.Problem(Write("cut.gz", bytes[..(bytes.Length / keepOneIn)]));

        Assert.NotNull(problem);
        Assert.Contains("truncated", problem, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static byte[] Gzip()
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal))
        {
            for (var i = 0; i < 2000; i++)
            {
                gzip.Write(Encoding.UTF8.GetBytes($"{{\"text\": \"Bài số {i}: Ban Thường vụ Huyện ủy họp phiên thường kỳ tháng {i % 12 + 1}.\"}}\n"));
            }
        }

        return buffer.ToArray();
    }
}
