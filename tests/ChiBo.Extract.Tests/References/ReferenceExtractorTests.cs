using ChiBo.Extract.Model;
using ChiBo.Extract.References;
using ChiBo.Ingest.Text;
using ChiBo.TestSupport;

namespace ChiBo.Extract.Tests.References;

public class ReferenceExtractorTests
{
    private static readonly ReferenceExtractor Extractor = new();

    [Theory]
    [InlineData("000", "Nghị quyết số 06-NQ/HU", "Nghị quyết", "06-NQ/HU", "Ban Chấp hành Đảng bộ huyện", "Yên Lạc", "2009-04-01")]
    [InlineData("000", "Nghị quyết số 06 của Huyện ủy", "Nghị quyết", "06-NQ/HU", "Huyện ủy", "Yên Lạc", null)]
    [InlineData("000", "Nghị quyết 06", "Nghị quyết", "06-NQ/HU", null, "Yên Lạc", null)]
    [InlineData("001", "Chỉ thị số 05 của Bộ Chính trị", "Chỉ thị", "05-CT/TW", "Bộ Chính trị", null, null)]
    [InlineData("001", "Chỉ thị 05/CT-TW", "Chỉ thị", "05-CT/TW", "Bộ Chính trị", null, null)]
    [InlineData("001", "Nghị quyết số 22-NQ/TW", "Nghị quyết", "22-NQ/TW", "Trung ương", null, null)]
    [InlineData("001", "Đề án 01 của BTV Tỉnh ủy", "Đề án", "01-ĐA/TU", "Tỉnh ủy", "Vĩnh Phúc", null)]
    [InlineData("002", "Đề án số 11-ĐA/TU", "Đề án", "11-ĐA/TU", "Ban Thường vụ Thành ủy Hà Nội", "Hà Nội", "2021-12-06")]
    [InlineData("002", "Đề án số 11- ĐA/TU", "Đề án", "11-ĐA/TU", null, null, null)]
    [InlineData("002", "Quy định số 144-QĐ/TW", "Quy định", "144-QĐ/TW", "Bộ Chính trị", null, "2024-05-09")]
    [InlineData("002", "Quy định số 144-QĐ/TƯ", "Quy định", "144-QĐ/TW", null, null, null)]
    [InlineData("002", "Chỉ thị số 24-CT/TU", "Chỉ thị", "24-CT/TU", "Ban Thường vụ Thành ủy Hà Nội", "Hà Nội", null)]
    [InlineData("003", "Kết luận số 33-KL/ThU", "Kết luận", "33-KL/ThU", "Ban Thường vụ Thị ủy", "Hồng Lĩnh", "2022-01-20")]
    [InlineData("004", "Hướng dẫn số 12-HD/BTCTW", "Hướng dẫn", "12-HD/BTCTW", "Ban Tổ chức Trung ương", null, "2018-07-06")]
    [InlineData("004", "Hướng dẫn số 16-HD/BTCTU", "Hướng dẫn", "16-HD/BTCTU", "Ban Tổ chức Tỉnh ủy", "Bến Tre", "2019-04-17")]
    [InlineData("004", "Quyết địnhsố 707-QĐ/TU", "Quyết định", "707-QĐ/TU", "Ban Thường vụ Tỉnh ủy", "Bến Tre", "2018-11-05")]
    public void SeedReferenceIsFoundWithTypeCodeIssuerAndDate(string seed, string written, string type, string code, string? issuer, string? issuerLocality, string? date)
    {
        var (text, references) = Analyse(seed);

        var reference = references.FirstOrDefault(r => r.Text.StartsWith(written, StringComparison.Ordinal));
        Assert.True(reference is not null, $"'{written}' not among: {string.Join(" | ", references.Select(r => r.Text))}");
        Assert.Equal(reference.Text, text[reference.Start..reference.End]);
        Assert.Equal(type, reference.Type);
        var resolved = reference.ResolvesTo is { } to ? references.Single(r => r.Start == to) : reference;
        Assert.Equal(code, reference.Code ?? resolved.Code);
        if (issuer is not null)
        {
            Assert.Contains(issuer, reference.Issuer ?? resolved.Issuer ?? string.Empty, StringComparison.Ordinal);
        }

        if (issuerLocality is not null)
        {
            Assert.Equal(issuerLocality, resolved.IssuerLocality);
        }

        if (date is not null)
        {
            Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), reference.Date);
        }
    }

    [Fact]
    public void PlenumResolutionHasNoCodeButATerm()
    {
        var (_, references) = Analyse("001");

        var plenum = Assert.Single(references, r => r.Text.StartsWith("Nghị quyết Trung ương 4", StringComparison.Ordinal));
        Assert.Null(plenum.Code);
        Assert.Equal("khóa XII", plenum.Term);
        Assert.Equal("Ban Chấp hành Trung ương", plenum.Issuer);
    }

    [Theory]
    [InlineData("nghị quyết Đại hội XII của Đảng")]
    [InlineData("nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI")]
    [InlineData("nghị quyết Đại hội Đảng bộ huyện lần thứ II")]
    public void CongressResolutionsAreReferencesWithoutCode(string written)
    {
        var (_, references) = Analyse("001");

        var congress = Assert.Single(references, r => r.Text == written);
        Assert.Null(congress.Code);
    }

    [Fact]
    public void CountsOfDocumentsIssuedAreNotReferences()
    {
        var (text, references) = Analyse("001");
        var start = text.IndexOf("11 Nghị quyết", StringComparison.Ordinal);
        var end = text.IndexOf("và nhiều văn bản khác", StringComparison.Ordinal);

        Assert.DoesNotContain(references, r => r.Start >= start && r.End <= end);
    }

    [Fact]
    public void ListSharesItsHeadNounAndGivesOneReferencePerCode()
    {
        var references = Extractor.Extract("Thực hiện các Nghị quyết số 21-NQ/TW, 22-NQ/TW của Ban Chấp hành Trung ương.", ArticleContext.None);

        Assert.Equal(["21-NQ/TW", "22-NQ/TW"], references.Select(r => r.Code));
        Assert.All(references, r => Assert.Equal("Nghị quyết", r.Type));
    }

    [Fact]
    public void OffsetsStayInTheStoredTextWhenItIsDecomposedOrUsesEth()
    {
        const string Text = "Thực hiện Nghi\u0323 quyê\u0301t số 06-NQ/HU và Ðề án 11-ÐA/TU.";

        var references = Extractor.Extract(Text, ArticleContext.None);

        Assert.Equal(["06-NQ/HU", "11-ĐA/TU"], references.Select(r => r.Code));
        Assert.All(references, r => Assert.Equal(r.Text, Text[r.Start..r.End]));
        Assert.StartsWith("Nghi\u0323 quyê\u0301t", references[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void StateCodesAreReferencesOfTheirOwnFamily()
    {
        var references = Extractor.Extract("Theo Nghị định số 30/2020/NĐ-CP và Quyết định 45/QĐ-UBND của UBND tỉnh.", ArticleContext.None);

        Assert.Equal(["30/2020/NĐ-CP", "45/QĐ-UBND"], references.Select(r => r.Code));
        Assert.Equal(["Nghị định", "Quyết định"], references.Select(r => r.Type));
    }

    [Theory]
    [InlineData("giai đoạn 2021-2025 và năm 2020 - 2025")]
    [InlineData("Đưa NQ của Đảng vào cs")]
    [InlineData("Ban hành 11 Nghị quyết, 03 đề án, 06 quy định")]
    public void NonReferencesAreNotFound(string text) => Assert.Empty(Extractor.Extract(text, ArticleContext.None));

    private static (string Text, IReadOnlyList<DocumentReference> References) Analyse(string seed)
    {
        var article = new TextArticleParser().Parse(File.ReadAllText(RepositoryPaths.CorpusFile(seed)));
        return (article.Text, Extractor.Extract(article.Text, ArticleContext.Of(article)));
    }
}
