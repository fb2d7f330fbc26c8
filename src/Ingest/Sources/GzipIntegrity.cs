using System.Buffers.Binary;
using System.IO.Compression;

namespace ChiBo.Ingest.Sources;

/// <summary>
/// Tells a complete gzip file from a cut one. GZipStream reads a file cut at a block boundary to a clean end, so the
/// cut would pass unnoticed; the gzip trailer's ISIZE (uncompressed length mod 2^32) gives it away.
/// </summary>
public static class GzipIntegrity
{
    /// <summary>Null when <paramref name="path"/> is a whole gzip file, else why not.</summary>
    public static string? Problem(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            using var file = File.OpenRead(path);
            if (file.Length < 18)
            {
                return "the compressed stream is truncated: shorter than a gzip header and trailer";
            }

            var trailer = new byte[4];
            file.Seek(-4, SeekOrigin.End);
            file.ReadExactly(trailer);
            file.Seek(0, SeekOrigin.Begin);
            using var gzip = new GZipStream(file, CompressionMode.Decompress);
            var buffer = new byte[81920];
            long total = 0;
            int read;
            while ((read = gzip.Read(buffer)) > 0)
            {
                total += read;
            }

            var expected = BinaryPrimitives.ReadUInt32LittleEndian(trailer);
            return (uint)total == expected
                ? null
                : $"the compressed stream is truncated: {total} bytes decompressed, the gzip trailer says {expected}";
        }
        catch (InvalidDataException e)
        {
            return "the compressed stream is truncated or corrupt: " + e.Message;
        }
        catch (IOException e)
        {
            return "read error: " + e.Message;
        }
    }
}
