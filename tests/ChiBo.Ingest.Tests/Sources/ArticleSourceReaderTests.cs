using System.IO.Compression;
using System.Text;
using ChiBo.Ingest.Sources;
using ChiBo.TestSupport;

namespace ChiBo.Ingest.Tests.Sources;

public sealed class ArticleSourceReaderTests : IDisposable
{
    private readonly ArticleSourceReader _reader = new();
    private readonly string _dir = Directory.CreateTempSubdirectory("chibo-reader-").FullName;

    [Fact]
    public void DumpLineWithHeadlineAndBodyOnOneLineKeepsTheBody()
    {
        const string Line = "Khánh Hòa: Hội thảo quốc tế các vịnh đẹp nhất thế giới Một góc vịnh Nha Trang (NLĐ)- Sáng 1-4, tại TP Nha Trang đã diễn ra hội thảo quốc tế các vịnh đẹp nhất thế giới với chủ đề phát triển du lịch bền vững và bảo vệ môi trường. Mười ba nước có vịnh đẹp nhất thế giới đã tham dự hội thảo.";

        var item = Assert.IsType<IngestedArticle>(Assert.Single(_reader.ReadNdjson(Stream(Json(new { text = Line })), "dump")));

        Assert.Contains("Mười ba nước", item.Article.Text, StringComparison.Ordinal);
        Assert.StartsWith("Khánh Hòa: Hội thảo quốc tế", item.Article.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void ParagraphsBeforeAShortLineAreNeverDroppedAsPageHead()
    {
        const string Text = "Bốn chất phụ gia có trong các thực phẩm ăn sẵn như khoai tây rán, đồ uống và kem có thể gây hại đến sự phát triển hệ thần kinh và não của trẻ em.\nNghiên cứu của các nhà khoa học thuộc Đại học Liverpool trên chuột cho thấy điều đó rất rõ ràng";

        var item = Assert.IsType<IngestedArticle>(Assert.Single(_reader.ReadNdjson(Stream(Json(new { text = Text })), "dump")));

        Assert.Contains("Bốn chất phụ gia", item.Article.Text, StringComparison.Ordinal);
        Assert.Contains("Đại học Liverpool", item.Article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void VietnameseFullOfEnglishTermsIsStillVietnamese()
    {
        const string Text = "Microsoft vừa phát hành bản cập nhật Windows Vista Service Pack 1 cho người dùng. Theo Microsoft, bản SP1 sửa nhiều lỗi bảo mật của Internet Explorer và Windows Media Player, đồng thời tăng tốc độ copy file qua mạng LAN.";

        Assert.True(VietnameseLanguageCheck.IsVietnamese(Text, out var reason), reason);
    }

    [Theory]
    [InlineData("Café crème brûlée à la française, naïve résumé, déjà vu. Ça coûte très cher pour les étudiants.")]
    [InlineData("The committee approved the resolution on improving the quality of party cell meetings last week.")]
    public void OtherLanguagesAreNotVietnamese(string text) => Assert.False(VietnameseLanguageCheck.IsVietnamese(text, out _));

    [Fact]
    public void BrokenDumpLinesFailAloneAndTheRestIsRead()
    {
        var ndjson = string.Join('\n', Json(new { title = "Huyện ủy họp", text = Body("Một") }), "{ not json", Json(new { title = "x" }), Json(new { title = "Thành ủy họp", text = Body("Hai") }));

        var items = _reader.ReadNdjson(Stream(ndjson), "dump").ToList();

        Assert.Equal([typeof(IngestedArticle), typeof(IngestFailure), typeof(IngestFailure), typeof(IngestedArticle)], items.Select(i => i.GetType()));
        Assert.Equal("dump#L2", ((IngestFailure)items[1]).Location);
        Assert.Equal("dump#L4", ((IngestedArticle)items[3]).Article.Source);
    }

    [Fact]
    public void GzipDumpIsReadAndATruncatedOneFailsAfterItsGoodLines()
    {
        var lines = string.Join('\n', Enumerable.Range(0, 50).Select(i => Json(new { title = "Bài " + i, text = Body(i.ToString(System.Globalization.CultureInfo.InvariantCulture)) })));
        var full = Path.Combine(_dir, "dump.jsonl.gz");
        using (var gzip = new GZipStream(File.Create(full), CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(lines));
        }

        var truncated = Path.Combine(_dir, "cut.jsonl.gz");
        var bytes = File.ReadAllBytes(full);
        File.WriteAllBytes(truncated, bytes[..(bytes.Length * 2 / 3)]);

        Assert.Equal(50, _reader.ReadFile(full).OfType<IngestedArticle>().Count());
        var cut = _reader.ReadFile(truncated).ToList();
        Assert.IsType<IngestFailure>(cut[^1]);
        Assert.True(cut.OfType<IngestedArticle>().Count() is > 0 and < 50);
    }

    [Fact]
    public void HtmlPageYieldsMainTextAndMetadata()
    {
        var html = "<html><head><meta charset=\"utf-8\"><title>Chi bộ thôn Đông sinh hoạt chuyên đề - Cổng thông tin</title>" +
                   "<meta property=\"article:published_time\" content=\"2023-05-04T09:30:00+07:00\"></head><body>" +
                   "<nav><a href=\"/\">Trang chủ</a> <a href=\"/tin\">Tin tức</a></nav><h1>Chi bộ thôn Đông sinh hoạt chuyên đề</h1>" +
                   "<div class=\"content\"><p>Sáng nay, Chi bộ thôn Đông, xã Yên Đồng, huyện Yên Lạc tổ chức sinh hoạt chuyên đề về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.</p>" +
                   "<p>Tỷ lệ đảng viên tham gia sinh hoạt đạt trên 95%, các ý kiến phát biểu sôi nổi, thẳng thắn, đóng góp nhiều giải pháp thiết thực.</p></div>" +
                   "<div class=\"comment-box\"><p>Ý kiến bạn đọc: chưa có bình luận nào cho bài viết này.</p></div><footer>Bản quyền thuộc về Cổng thông tin</footer></body></html>";
        var path = Path.Combine(_dir, "page.html");
        File.WriteAllText(path, html);

        var article = Assert.IsType<IngestedArticle>(Assert.Single(_reader.ReadFile(path))).Article;

        Assert.Equal("Chi bộ thôn Đông sinh hoạt chuyên đề", article.Title);
        Assert.Equal("2023-05-04T09:30:00+07:00", article.Published?.ToIsoString());
        Assert.Contains("trên 95%", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Trang chủ", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("bình luận", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Bản quyền", article.Text, StringComparison.Ordinal);
        Assert.Equal("Yên Lạc", article.Locality?.Name);
    }

    [Fact]
    public void Utf16AndWindows1258FilesAreDecodedToNfc()
    {
        var text = File.ReadAllText(RepositoryPaths.CorpusFile("001"));
        var utf16 = Path.Combine(_dir, "a.txt");
        File.WriteAllText(utf16, text, Encoding.Unicode);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var legacy = Path.Combine(_dir, "b.txt");
        File.WriteAllBytes(legacy, Encoding.GetEncoding(1258).GetBytes(AsWindows1258Writes(text)));

        var a = Assert.IsType<IngestedArticle>(Assert.Single(_reader.ReadFile(utf16))).Article;
        var b = Assert.IsType<IngestedArticle>(Assert.Single(_reader.ReadFile(legacy))).Article;

        Assert.Equal(a.Id, b.Id);
        Assert.Equal("windows-1258→Unicode", b.EncodingConversion);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>Windows-1258 keeps ă â ê ô ơ ư precomposed and writes the tone as a separate combining mark.</summary>
    private static string AsWindows1258Writes(string text)
    {
        var builder = new StringBuilder(text.Length * 2);
        foreach (var c in text)
        {
            var d = c.ToString().Normalize(NormalizationForm.FormD);
            var tones = new string([.. d.Where(m => m is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323')]);
            var letter = new string([.. d.Where(m => m is not ('\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323'))]).Normalize(NormalizationForm.FormC);
            builder.Append(letter).Append(tones);
        }

        return builder.ToString();
    }

    private static string Body(string n) =>
        $"Bài số {n}. Ban Thường vụ Huyện ủy tổ chức hội nghị quán triệt nghị quyết, yêu cầu các chi bộ thực hiện nghiêm túc chế độ sinh hoạt định kỳ và báo cáo kết quả.";

    private static string Json(object value) => System.Text.Json.JsonSerializer.Serialize(value);

    private static MemoryStream Stream(string text) => new(Encoding.UTF8.GetBytes(text));
}
