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
    public void AParenthesisClosesTheSpanOnlyWhenTheTailOpenedIt()
    {
        Assert.Equal(
            "Báo cáo số 386-BC/BTCTW, ngày 14/5/2025",
            Assert.Single(Extract("theo tinh thần Nghị quyết (Báo cáo số 386-BC/BTCTW, ngày 14/5/2025); Báo cáo")).Text);
        Assert.Equal(
            "Nghị quyết số 06-NQ/HU (ngày 01/04/2009)",
            Assert.Single(Extract("Thực hiện Nghị quyết số 06-NQ/HU (ngày 01/04/2009) về sinh hoạt chi bộ.")).Text);
    }

    [Fact]
    public void ANumberBeforeTheNounIsNoCountWhenACodeFollows()
    {
        var r = Assert.Single(Extract("quy định tại Khoản 1 Điều 5 Quyết định 157/2007/QĐ-TTg ngày 27/9/2007 của Thủ tướng Chính phủ."));
        Assert.Equal(("Quyết định 157/2007/QĐ-TTg ngày 27/9/2007 của Thủ tướng Chính phủ", "Quyết định", "157/2007/QĐ-TTg"), (r.Text, r.Type, r.Code));
    }

    [Fact]
    public void ChartersSpanTheirFullTitleWhenWritten()
    {
        var refs = Extract("học Cương lĩnh xây dựng đất nước trong thời kỳ quá độ lên chủ nghĩa xã hội; nội dung Điều lệ Đảng Cộng sản Việt Nam.");
        Assert.Equal(["Cương lĩnh xây dựng đất nước trong thời kỳ quá độ lên chủ nghĩa xã hội", "Điều lệ Đảng Cộng sản Việt Nam"], refs.Select(r => r.Text));
    }

    [Fact]
    public void CongressResolutionMayAbbreviateTheCongress()
    {
        var r = Assert.Single(Extract("triển khai Nghị quyết ĐH XII Đảng Cộng sản VN, nhất là"));
        Assert.Equal(("Nghị quyết ĐH XII Đảng Cộng sản VN", ReferenceFamily.Unnumbered, "khóa XII"), (r.Text, r.Family, r.Term));
    }

    [Theory]
    [InlineData("Cùng ngày, UBND huyện Khoái Châu cũng ra Quyết định số 3607/QĐ-UBND về việc kết thúc cách ly.", "UBND huyện Khoái Châu")]
    [InlineData("Ngày 6-2, UBND TP Hà Nội ban hành Kế hoạch số 23/KH-UBND về tổ chức thực hiện.", "UBND TP Hà Nội")]
    [InlineData("Thủ tướng Chính phủ đã ký Quyết định 751/QĐ-TTg điều chỉnh mức cho vay.", "Thủ tướng Chính phủ")]
    [InlineData("Thành ủy Hà Nội vừa có thông báo số 537-TB/TU về kết luận của Thường trực Thành ủy.", "Thành ủy Hà Nội")]
    [InlineData("Bộ Chính trị, Ban Bí thư đã ban hành Kết luận 155-KL/TW về một số nhiệm vụ.", "Bộ Chính trị, Ban Bí thư")]
    [InlineData("Toàn văn Kết luận 155-KL/TW của Bộ Chính trị, Ban Bí thư về sắp xếp tổ chức bộ máy.", "Bộ Chính trị, Ban Bí thư")]
    [InlineData("Thực hiện thông báo số 28-TB/ĐUK, ngày 15/3/2017 của Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh Quảng Trị kết luận.", "Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh Quảng Trị")]
    [InlineData("thay thế Quyết định số 44/2016/QĐ-UBND ngày 30/9/2016 của UBND tỉnh về quy định.", "UBND tỉnh")]
    public void IssuerIsReadAfterTheCodeOrAsTheSubjectThatIssues(string text, string issuer) =>
        Assert.Equal(issuer, Assert.Single(Extract(text)).Issuer);

    [Fact]
    public void ADateLeadingTheIssuingSentenceIsTheDocumentsDate()
    {
        var r = Assert.Single(Extract("Ngày 17/5/2025, Bộ Chính trị, Ban Bí thư đã ban hành Kết luận 155-KL/TW về một số nhiệm vụ."));
        Assert.Equal(new DateOnly(2025, 5, 17), r.Date);
    }

    [Fact]
    public void ALawsNameMayStandBetweenTheNounAndItsNumber()
    {
        var refs = Extract("Quốc Hội đã ban hành Luật số 106/2016/QH13, Luật thuế XNK số 107/2016/QH13. Luật Đất đai năm 2013 vẫn áp dụng.");
        Assert.Equal(["Luật số 106/2016/QH13", "Luật thuế XNK số 107/2016/QH13"], refs.Select(r => r.Text));
        Assert.Equal(["106/2016/QH13", "107/2016/QH13"], refs.Select(r => r.Code));
    }

    [Theory]
    [InlineData("tại văn bản số 2699/VPCP-NC ngày 22/3/2017 của Văn phòng Chính phủ.", "Công văn", "2699/VPCP-NC")]
    [InlineData("chỉ đạo tại văn bản số 85/HD-TLĐ hướng dẫn tuyên truyền.", "Hướng dẫn", "85/HD-TLĐ")]
    [InlineData("theo quyết định 439-QĐNS/TW ngày 6/2/2017 của Ban Bí thư.", "Quyết định", "439-QĐNS/TW")]
    [InlineData("UBND tỉnh Đồng Tháp: Phiếu chuyển số 98/PC-BTT ngày 28/3/2016 chuyển đơn.", "Phiếu chuyển", "98/PC-BTT")]
    public void GenericHeadsUnusualNounsAndPersonnelCodesAreRead(string text, string type, string code)
    {
        var r = Assert.Single(Extract(text));
        Assert.Equal((type, code), (r.Type, r.Code));
    }

    [Fact]
    public void AnUpperCaseHeadingIsReadLikeAnyHead()
    {
        var r = Assert.Single(Extract("TOÀN VĂN: THÔNG TƯ SỐ 29/2024/TT-BGDĐT QUY ĐỊNH VỀ DẠY THÊM"));
        Assert.Equal(("THÔNG TƯ SỐ 29/2024/TT-BGDĐT", "Thông tư"), (r.Text, r.Type));
    }

    [Fact]
    public void ListItemsMayRepeatTheNumberWord()
    {
        var refs = Extract("theo văn bản số 357/TB-VPCP ngày 6/11/2015 và số 161/TB-VPCP ngày 24/3/2017 của Văn phòng Chính phủ.");
        Assert.Equal(["357/TB-VPCP", "161/TB-VPCP"], refs.Select(r => r.Code));
        Assert.All(refs, r => Assert.Equal("Văn phòng Chính phủ", r.Issuer));
        Assert.Equal([new DateOnly(2015, 11, 6), new DateOnly(2017, 3, 24)], refs.Select(r => r.Date));
        Assert.Equal("văn bản số 357/TB-VPCP ngày 6/11/2015", refs[0].Text);
    }

    [Fact]
    public void ThanhTraChinhPhuIsOneIssuer() =>
        Assert.Equal("Thanh tra Chính phủ", Assert.Single(Extract("điều 31 Thông tư số 05/2014/TT-TTCP ngày 16/10/2014 của Thanh tra Chính phủ quy định.")).Issuer);

    [Fact]
    public void BanCanSuCodesArePartyCodes() =>
        Assert.Equal(ReferenceFamily.Party, Assert.Single(Extract("tại Tờ trình số 10-TTr/BCS ngày 11/01/2017.")).Family);

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

    [Theory]
    [InlineData("Nghị quyết số 05-NQ/HU về phát triển kinh tế nông thôn, toàn huyện đã đạt nhiều kết quả.", "phát triển kinh tế nông thôn")]
    [InlineData("Nghị quyết số 05-NQ/HU về phát triển kinh tế nông thôn, xã Tề Lỗ đã đạt nhiều kết quả.", "phát triển kinh tế nông thôn")]
    [InlineData("Chỉ thị số 07-CT/HU về công tác cán bộ đã đi vào cuộc sống.", "công tác cán bộ")]
    [InlineData("Nghị quyết số 05-NQ/HU về xây dựng nông thôn mới, qua đó thu nhập của người dân tăng.", "xây dựng nông thôn mới")]
    [InlineData("Kết luận số 33-KL/ThU về tiếp tục lãnh đạo, chỉ đạo đổi mới sinh hoạt chi bộ thôn, tổ dân phố.", "tiếp tục lãnh đạo, chỉ đạo đổi mới sinh hoạt chi bộ thôn, tổ dân phố")]
    public void AnUnquotedSubjectEndsWhereTheSentenceGoesOn(string text, string subject)
    {
        var reference = Assert.Single(new ReferenceExtractor().Extract(text, ArticleContext.None));

        Assert.Equal(subject, reference.Subject);
    }
}
