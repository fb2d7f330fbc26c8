using System.IO.Compression;
using System.Text;
using System.Text.Json;
using ChiBo.Cli.Commands;
using ChiBo.Cli.Tests.Support;
using ChiBo.Index.Pipeline;
using ChiBo.Index.Storage;
using ChiBo.Ingest.Sources.LegacyFonts;
using ChiBo.TestSupport;

namespace ChiBo.Cli.Tests.Commands;

/// <summary>
/// The batch a researcher really has: articles as text, saved pages (one in a legacy font), a gzip dump, a
/// republished copy, and a dozen broken files. In a child process: broken ones reported and quarantined, the rest
/// searchable, and a second run changes nothing.
/// </summary>
public sealed class IngestCommandMixedFolderTests : IDisposable
{
    private static readonly string[] BrokenFiles =
    [
        "empty.txt", "blank.txt", "binary.txt", "photo.html", "undecodable.txt", "oversize.txt",
        "french.txt", "english.html", "too-short.txt", "truncated.jsonl.gz",
    ];

    private readonly ArticleFolder _folder = new();
    private readonly TempDataDirectory _data = new();

    public IngestCommandMixedFolderTests() => WriteMixedFolder();

    [Fact]
    public async Task BrokenInputsAreQuarantinedTheRestIsSearchableAndARerunChangesNothing()
    {
        var (code, output, error) = await ChiboProcess.RunAsync("ingest", _folder.Path, "--data", _data.Path);

        Assert.True(code == ChiboCommandLine.SomeInputsFailed, $"exit {code}: {output} {error}");
        foreach (var broken in BrokenFiles)
        {
            Assert.Contains(broken, error, StringComparison.Ordinal);
        }

        var quarantine = new QuarantineList(Path.Combine(_data.Path, QuarantineList.FileName)).Read();
        Assert.All(BrokenFiles, broken => Assert.Contains(quarantine, e => e.Path.EndsWith(broken, StringComparison.Ordinal)));
        Assert.Contains(quarantine, e => e.Path.EndsWith("dump.jsonl.gz", StringComparison.Ordinal) && e.Line == 3 && e.Reason.StartsWith("invalid JSON", StringComparison.Ordinal));
        Assert.Contains(quarantine, e => e.Path.EndsWith("dump.jsonl.gz", StringComparison.Ordinal) && e.Line == 5);
        Assert.Contains(quarantine, e => e.Path.EndsWith("oversize.txt", StringComparison.Ordinal) && e.Reason.StartsWith("too large", StringComparison.Ordinal));
        Assert.Contains(quarantine, e => e.Path.EndsWith("undecodable.txt", StringComparison.Ordinal) && e.Reason.StartsWith("undecodable", StringComparison.Ordinal));
        Assert.Contains(quarantine, e => e.Path.EndsWith("truncated.jsonl.gz", StringComparison.Ordinal) && e.Reason.Contains("truncated", StringComparison.Ordinal));
        Assert.InRange(quarantine.Count, 12, 13); // a cut gzip may also leave its last line half-read: invalid JSON
        Assert.True(output.Contains("ingested 12 new, 0 unchanged, 1 duplicates", StringComparison.Ordinal), output + error);

        using (var index = ArticleIndex.Open(_data.IndexPath))
        {
            Assert.Equal(13, index.Count);
            var legacy = index.Search(new Index.Search.SearchRequest { Query = "\"Đảng bộ xã Tân Phong\"" });
            Assert.Equal(1, legacy.Total);
            Assert.Equal("TCVN3→Unicode", index.Get(legacy.Hits[0].Id)?.Article.EncodingConversion);
            Assert.Equal(1, index.Search(new Index.Search.SearchRequest { Query = "\"Hồng Lĩnh\" \"sinh hoạt chi bộ\"" }).Total);
        }

        var (searchCode, hits, _) = await ChiboProcess.RunAsync("search", "nghi quyet 06-nq/hu", "--data", _data.Path, "--json");
        Assert.Equal(ChiboCommandLine.Success, searchCode);
        Assert.True(JsonDocument.Parse(hits).RootElement.GetProperty("total").GetInt32() >= 1);

        var quarantineBytes = File.ReadAllBytes(Path.Combine(_data.Path, QuarantineList.FileName));
        var (again, againOutput, againError) = await ChiboProcess.RunAsync("ingest", _folder.Path, "--data", _data.Path);

        Assert.True(again == ChiboCommandLine.SomeInputsFailed, $"exit {again}: {againOutput} {againError}");
        Assert.Contains("ingested 0 new, 0 unchanged, 0 duplicates", againOutput, StringComparison.Ordinal);
        Assert.Equal(quarantineBytes, File.ReadAllBytes(Path.Combine(_data.Path, QuarantineList.FileName)));
        using var reopened = ArticleIndex.Open(_data.IndexPath);
        Assert.Equal(13, reopened.Count);
    }

    public void Dispose()
    {
        _folder.Dispose();
        _data.Dispose();
    }

    private void WriteMixedFolder()
    {
        // Good: six text articles, two saved pages (one typed in TCVN3), a dump of four with two broken lines: 12 articles;
        // and a republished copy of one page, stored as its near-duplicate.
        _folder.WriteArticles(6);
        var seed = File.ReadAllText(RepositoryPaths.CorpusFile("003"));
        _folder.WriteBytes("pages/hong-linh.html", Encoding.UTF8.GetBytes(Page(seed, "utf-8", null)));
        _folder.WriteBytes("pages/tan-phong.htm", Encoding.Latin1.GetBytes(Page(LegacyFontEncoding.Tcvn3.FromUnicode(TanPhong), "windows-1252", ".VnTime")));
        var dumpLines = new[]
        {
            Line(File.ReadAllText(RepositoryPaths.CorpusFile("000"))),
            Line(File.ReadAllText(RepositoryPaths.CorpusFile("001"))),
            "{ \"text\": \"cut off",
            Line(File.ReadAllText(RepositoryPaths.CorpusFile("002"))),
            JsonSerializer.Serialize(new { title = "Chỉ có tiêu đề" }),
            Line(File.ReadAllText(RepositoryPaths.CorpusFile("004"))),
        };
        _folder.WriteBytes("dumps/dump.jsonl.gz", Gzip(string.Join('\n', dumpLines)));
        var republished = "Tin từ cơ sở: đăng lại\n" + seed[(seed.IndexOf('\n', StringComparison.Ordinal) + 1)..] + "\n\nTheo Báo Hà Tĩnh điện tử.";
        _folder.WriteBytes("republished.txt", Encoding.UTF8.GetBytes(republished));

        // Broken: ten files, plus the dump's two lines.
        _folder.WriteBytes("empty.txt", []);
        _folder.WriteBytes("blank.txt", Encoding.UTF8.GetBytes(" \n\n\t \n"));
        _folder.WriteBytes("binary.txt", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00]);
        _folder.WriteBytes("photo.html", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]);
        var noise = new byte[4096];
        new Random(7).NextBytes(noise);
        _folder.WriteBytes("undecodable.txt", [.. noise.Select(b => b == 0 ? (byte)1 : b)]);
        using (var oversize = File.Create(Path.Combine(_folder.Path, "oversize.txt")))
        {
            oversize.SetLength(ArticleSourceReaderLimit + 1);
        }

        _folder.WriteBytes("french.txt", Encoding.UTF8.GetBytes("Le conseil municipal a approuvé hier la résolution sur la qualité des réunions. Les élus ont débattu pendant trois heures avant le vote final."));
        _folder.WriteBytes("english.html", Encoding.UTF8.GetBytes("<html><body><article><p>The district committee reviewed the resolution on improving the quality of party cell meetings and approved the plan for next year.</p></article></body></html>"));
        _folder.WriteBytes("too-short.txt", Encoding.UTF8.GetBytes("Xin chào."));
        var gzip = Gzip(Line(seed + "\n" + seed));
        _folder.WriteBytes("truncated.jsonl.gz", gzip[..(gzip.Length / 2)]);
    }

    private const long ArticleSourceReaderLimit = Ingest.Sources.ArticleSourceReader.MaxArticleFileBytes;

    private const string TanPhong =
        "Đảng bộ xã Tân Phong tổ chức hội nghị sơ kết công tác xây dựng đảng sáu tháng đầu năm. " +
        "Theo báo cáo, các chi bộ đã duy trì nghiêm túc chế độ sinh hoạt định kỳ, tỷ lệ đảng viên dự sinh hoạt đạt cao. " +
        "Đảng ủy xã đã kết nạp thêm năm đảng viên mới, kiểm tra, giám sát ba chi bộ trực thuộc theo kế hoạch. " +
        "Hội nghị đề ra nhiệm vụ trọng tâm sáu tháng cuối năm là nâng cao chất lượng sinh hoạt chi bộ, phát triển kinh tế và xây dựng nông thôn mới.";

    private static string Page(string text, string charset, string? font)
    {
        // Only markup characters are escaped: a legacy-font page carries its glyphs as bytes, not as entities.
        var paragraphs = string.Concat(text.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => $"<p>{p.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal)}</p>"));
        var style = font is null ? string.Empty : $"<style>body {{ font-family: {font}; }}</style>";
        return $"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset={charset}\">{style}<title>Tin</title></head><body><nav><a href=\"/\">Trang chủ</a></nav><article>{paragraphs}</article><footer>Bản quyền</footer></body></html>";
    }

    private static string Line(string text) => JsonSerializer.Serialize(new { text });

    private static byte[] Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return buffer.ToArray();
    }
}
