using System.Text;
using ChiBo.Extract.Model;
using ChiBo.Extract.References;
using ChiBo.Ingest.Model;

namespace ChiBo.Extract.Tests.References;

public class ReferenceExtractorTests
{
    private static readonly ArticleContext YenLac = new(new Locality("Yên Lạc", "huyện", "Vĩnh Phúc"));

    private static IReadOnlyList<DocumentReference> Extract(string text)
    {
        var references = new ReferenceExtractor().Extract(text, YenLac);
        foreach (var r in references)
        {
            Assert.Equal(r.Text, text[r.Start..r.End]);
        }

        return references;
    }

    [Fact]
    public void ListOfCodesGivesOneReferencePerCode()
    {
        var refs = Extract("Quán triệt các Nghị quyết số 21-NQ/TW, 22-NQ/TW của Trung ương.");
        Assert.Equal(["21-NQ/TW", "22-NQ/TW"], refs.Select(r => r.Code));
        Assert.All(refs, r => Assert.Equal("Nghị quyết", r.Type));
    }

    [Fact]
    public void ListOfNumbersDistributesTypeAndIssuerOfTheFinalCode()
    {
        var refs = Extract("Thực hiện Nghị quyết số 06, 07-NQ/HU của Huyện ủy.");
        Assert.Equal(["06-NQ/HU", "07-NQ/HU"], refs.Select(r => r.Code));
        Assert.All(refs, r => Assert.Equal("Yên Lạc", r.IssuerLocality));
    }

    [Theory]
    [InlineData("Nghị quyết số 06\u2013NQ/HU")]
    [InlineData("Nghị quyết số 06\u2212NQ/HU")]
    [InlineData("Nghị quyết số 06\u2011NQ/HU")]
    [InlineData("Nghị quyết số 06 - NQ/HU")]
    [InlineData("Nghị quyếtsố 06-NQ/HU")]
    [InlineData("NQ 06/HU")]
    [InlineData("Nghị quyết số 06/NQ-HU")]
    public void HyphenVariantsAndGluedWordsGiveTheCanonicalCode(string written)
    {
        var r = Assert.Single(Extract("Thực hiện " + written + " về sinh hoạt chi bộ."));
        Assert.Equal("06-NQ/HU", r.Code);
        Assert.Equal("Nghị quyết", r.Type);
    }

    [Fact]
    public void IcelandicEthAndDecomposedTextKeepOffsetsIntoTheStoredText()
    {
        var text = "Theo Đề án số 11-\u00D0A/TU ngày 06/12/2021 của Ban Thường vụ Thành ủy Hà Nội.".Normalize(NormalizationForm.FormD);
        var r = Assert.Single(Extract(text));
        Assert.Equal("11-ĐA/TU", r.Code);
        Assert.Equal("Đề án", r.Type);
        Assert.Equal(new DateOnly(2021, 12, 6), r.Date);
        Assert.Equal("Ban Thường vụ Thành ủy Hà Nội", r.Issuer?.Normalize(NormalizationForm.FormC));
    }

    [Theory]
    [InlineData("ngày 01 tháng 4 năm 2009")]
    [InlineData("ngày 01-4-2009")]
    [InlineData("ngày 1/4/2009")]
    public void DatesAreDayFirstInEveryForm(string date) =>
        Assert.Equal(new DateOnly(2009, 4, 1), Assert.Single(Extract($"Nghị quyết số 06-NQ/HU, {date} của Huyện ủy.")).Date);

    [Theory]
    [InlineData("Nghị định số 30/2020/NĐ-CP của Chính phủ", "Nghị định", "30/2020/NĐ-CP", ReferenceFamily.StateNormative)]
    [InlineData("Luật số 80/2015/QH13", "Luật", "80/2015/QH13", ReferenceFamily.StateNormative)]
    [InlineData("Quyết định số 45/QĐ-UBND", "Quyết định", "45/QĐ-UBND", ReferenceFamily.StateAdministrative)]
    [InlineData("Quyết định số 367-QĐ/TWĐTN-VP", "Quyết định", "367-QĐ/TWĐTN-VP", ReferenceFamily.MassOrganisation)]
    [InlineData("Quy chế số 05-QC/BTCTU-BDVTU", "Quy chế", "05-QC/BTCTU-BDVTU", ReferenceFamily.Party)]
    public void EachFamilyHasItsCanonicalCode(string written, string type, string code, string family)
    {
        var r = Assert.Single(Extract("Căn cứ " + written + "."));
        Assert.Equal((type, code, family), (r.Type, r.Code, r.Family));
    }

    [Fact]
    public void CodeWithoutHeadNounTakesTypeFromCode()
    {
        var r = Assert.Single(Extract("Theo tinh thần 22-NQ/TW, các chi bộ đổi mới."));
        Assert.Equal(("Nghị quyết", "22-NQ/TW"), (r.Type, r.Code));
    }

    [Fact]
    public void NamedChartersAreReferencesWithoutCode()
    {
        var refs = Extract("Chấp hành Điều lệ Đảng và Cương lĩnh chính trị; sinh hoạt theo Điều lệ.");
        Assert.Equal(["Điều lệ Đảng", "Cương lĩnh chính trị"], refs.Select(r => r.Text));
        Assert.All(refs, r => Assert.Equal(ReferenceFamily.Charter, r.Family));
    }

    [Theory]
    [InlineData("Huyện ủy ban hành 11 Nghị quyết, 03 đề án, 06 quy định.")]
    [InlineData("Đưa NQ của Đảng vào cs")]
    [InlineData("giai đoạn 2021-2025, nhiệm kỳ 2020 - 2025")]
    [InlineData("ngày 01/04/2009")]
    [InlineData("vượt mục tiêu Nghị quyết đề ra")]
    public void NotReferences(string text) => Assert.Empty(Extract(text));

    [Fact]
    public void ShortFormWithoutAntecedentOrIssuerHasNoInventedCode()
    {
        var r = Assert.Single(Extract("Các mục tiêu của Nghị quyết 06 đã đạt."));
        Assert.Null(r.Code);
        Assert.Null(r.ResolvesTo);
        Assert.Equal("06", r.Number);
    }

    [Fact]
    public void RandomTextNeverBreaksOffsets()
    {
        var random = new Random(42);
        const string alphabet = "Nghị quyết số 06-NQ/HU Đề án Ð\u0301\u2013/ -,0123456789của Ban Thường vụ Tỉnh ủy ngày tháng năm khóa XIX\n\"“”";
        for (var i = 0; i < 500; i++)
        {
            var chars = new char[random.Next(0, 120)];
            for (var k = 0; k < chars.Length; k++)
            {
                chars[k] = alphabet[random.Next(alphabet.Length)];
            }

            Extract(new string(chars));
        }
    }
}

public class ReferenceIssuerTests
{
    [Theory]
    [InlineData("Nghị định số 135/2020/NĐ-CP ngày 18/11/2020 của Chính phủ về tuổi nghỉ hưu.", "Chính phủ")]
    [InlineData("Chỉ thị số 15 của Thủ tướng Chính phủ về phòng dịch.", "Thủ tướng Chính phủ")]
    [InlineData("Nghị quyết số 94 của Quốc hội về giám sát.", "Quốc hội")]
    [InlineData("Căn cứ Công văn số 1911/BNV-TCPCP ngày 29/4/2025 của Bộ Nội vụ.", "Bộ Nội vụ")]
    [InlineData("Ban Tổ chức Trung ương ban hành Hướng dẫn số 43-HD/BTCTW về bầu cử.", "Ban Tổ chức Trung ương")]
    public void StateAndCentralIssuersAreReadWhole(string text, string issuer) =>
        Assert.Equal(issuer, Assert.Single(new ReferenceExtractor().Extract(text, ArticleContext.None)).Issuer);

    [Fact]
    public void CodeNeverSpansALineBreak()
    {
        var r = Assert.Single(new ReferenceExtractor().Extract("Nghị quyết số 14/2023/NQ-\nHĐND tỉnh", ArticleContext.None));
        Assert.DoesNotContain('\n', r.Text);
    }
}
