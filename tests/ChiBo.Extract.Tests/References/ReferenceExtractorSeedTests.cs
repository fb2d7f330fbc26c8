using ChiBo.Extract.Model;

namespace ChiBo.Extract.Tests.References;

/// <summary>One test per References row of acceptance.md, on the raw seed files.</summary>
public class ReferenceExtractorSeedTests
{
    private static DocumentReference Single(string seed, string startsWith, int occurrence = 0)
    {
        var text = SeedArticles.Text(seed);
        var references = SeedArticles.References(seed);
        foreach (var r in references)
        {
            Assert.Equal(r.Text, text[r.Start..r.End]);
        }

        var matching = references.Where(r => r.Text.StartsWith(startsWith, StringComparison.Ordinal)).ToList();
        Assert.True(matching.Count > occurrence, $"'{startsWith}' not found in {seed}: " + string.Join(" | ", references.Select(r => r.Text)));
        return matching[occurrence];
    }

    [Fact]
    public void YenLacResolutionCarriesIssuerDateAndTerm()
    {
        var r = Single("000", "Nghị quyết số 06-NQ/HU");
        Assert.Equal("Nghị quyết số 06-NQ/HU, ngày 01/04/2009 của Ban Chấp hành Đảng bộ huyện khóa XIX, nhiệm kỳ 2005 - 2010", r.Text);
        Assert.Equal(("Nghị quyết", "06", "06-NQ/HU"), (r.Type, r.Number, r.Code));
        Assert.Equal("Ban Chấp hành Đảng bộ huyện", r.Issuer);
        Assert.Equal("Yên Lạc", r.IssuerLocality);
        Assert.Equal(new DateOnly(2009, 4, 1), r.Date);
        Assert.Equal("khóa XIX, nhiệm kỳ 2005 - 2010", r.Term);
        Assert.Equal("nâng cao chất lượng sinh hoạt chi bộ trực thuộc Đảng ủy xã, thị trấn", r.Subject);
    }

    [Theory]
    [InlineData("Nghị quyết số 06 của Huyện ủy", "Huyện ủy")]
    [InlineData("Nghị quyết 06", null)]
    public void YenLacShortFormsResolveToTheFullReference(string written, string? issuer)
    {
        var full = Single("000", "Nghị quyết số 06-NQ/HU");
        var r = Single("000", written);
        Assert.Equal(full.Start, r.ResolvesTo);
        Assert.Equal("06-NQ/HU", r.Code);
        Assert.Equal("Yên Lạc", r.IssuerLocality);
        if (issuer is not null)
        {
            Assert.Equal(written, r.Text);
            Assert.Equal(issuer, r.Issuer);
        }
    }

    [Fact]
    public void SongLoDirectiveShortFormResolvesToLaterStateOrderCode()
    {
        var full = Single("001", "Chỉ thị 05/CT-TW");
        Assert.Equal(("Chỉ thị", "05-CT/TW", "Bộ Chính trị"), (full.Type, full.Code, full.Issuer));
        Assert.Null(full.IssuerLocality);
        var shortForm = Single("001", "Chỉ thị số 05 của Bộ Chính trị");
        Assert.Equal(full.Start, shortForm.ResolvesTo);
        Assert.Equal("05-CT/TW", shortForm.Code);
        Assert.Equal("Bộ Chính trị", shortForm.Issuer);
    }

    [Fact]
    public void CentralResolutionWithoutIssuerIsCentral()
    {
        var r = Single("001", "Nghị quyết số 22-NQ/TW");
        Assert.Equal(("Nghị quyết", "22-NQ/TW", "Trung ương"), (r.Type, r.Code, r.Issuer));
        Assert.Null(r.Date);
    }

    [Fact]
    public void ProjectNamedByIssuerInWordsGetsInferredCode()
    {
        var r = Single("001", "Đề án 01 của BTV Tỉnh ủy");
        Assert.Equal(("Đề án", "01-ĐA/TU"), (r.Type, r.Code));
        Assert.Null(r.ResolvesTo);
        Assert.Equal("Vĩnh Phúc", r.IssuerLocality);
        Assert.Contains("Tỉnh ủy", r.Issuer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("001", "Nghị quyết Trung ương 4 (khóa XII)", "khóa XII")]
    [InlineData("003", "Nghị quyết Trung ương 4", null)]
    public void PlenumResolutionIsUnnumbered(string seed, string written, string? term)
    {
        var r = Single(seed, written);
        Assert.Equal(written, r.Text);
        Assert.Null(r.Code);
        Assert.Equal("Nghị quyết", r.Type);
        Assert.Equal("Ban Chấp hành Trung ương", r.Issuer);
        Assert.Equal(term, r.Term);
    }

    [Theory]
    [InlineData("nghị quyết Đại hội XII của Đảng", null)]
    [InlineData("nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI", "Vĩnh Phúc")]
    [InlineData("nghị quyết Đại hội Đảng bộ huyện lần thứ II", "Sông Lô")]
    public void CongressResolutionIsUnnumbered(string written, string? locality)
    {
        var r = Single("001", written);
        Assert.Equal(written, r.Text);
        Assert.Null(r.Code);
        Assert.Equal("Nghị quyết", r.Type);
        Assert.Equal(written["nghị quyết ".Length..], r.Issuer);
        Assert.Equal(locality, r.IssuerLocality);
    }

    [Fact]
    public void MeLinhProjectWithSpacedCodeIsTheSameProject()
    {
        var r = Single("002", "Đề án số 11-ĐA/TU ngày");
        Assert.Equal("Đề án số 11-ĐA/TU ngày 06/12/2021 của Ban Thường vụ Thành ủy Hà Nội", r.Text);
        Assert.Equal(("Đề án", "11-ĐA/TU", "Ban Thường vụ Thành ủy Hà Nội", "Hà Nội"), (r.Type, r.Code, r.Issuer, r.IssuerLocality));
        Assert.Equal(new DateOnly(2021, 12, 6), r.Date);
        var spaced = Single("002", "Đề án số 11- ĐA/TU");
        Assert.Equal("11-ĐA/TU", spaced.Code);
    }

    [Fact]
    public void MeLinhRegulationIsCentralInEverySpelling()
    {
        var r = Single("002", "Quy định số 144-QĐ/TW");
        Assert.Equal(("Quy định", "144-QĐ/TW", "Bộ Chính trị"), (r.Type, r.Code, r.Issuer));
        Assert.Equal(new DateOnly(2024, 5, 9), r.Date);
        Assert.Equal("Chuẩn mực đạo đức cách mạng của cán bộ, đảng viên trong giai đoạn mới", r.Subject);
        var variant = Single("002", "Quy định số 144-QĐ/TƯ");
        Assert.Equal(("Quy định", "144-QĐ/TW"), (variant.Type, variant.Code));
    }

    [Fact]
    public void MeLinhCityDirectiveBelongsToHanoi()
    {
        var r = Single("002", "Chỉ thị số 24-CT/TU");
        Assert.Equal(("Chỉ thị", "24-CT/TU", "Ban Thường vụ Thành ủy Hà Nội", "Hà Nội"), (r.Type, r.Code, r.Issuer, r.IssuerLocality));
    }

    [Fact]
    public void HongLinhConclusionKeepsTownCommitteeCode()
    {
        var r = Single("003", "Kết luận số 33-KL/ThU, ngày 20/01/2022 của");
        Assert.Equal("Kết luận số 33-KL/ThU, ngày 20/01/2022 của Ban Thường vụ Thị ủy", r.Text);
        Assert.Equal(("Kết luận", "33-KL/ThU", "Ban Thường vụ Thị ủy", "Hồng Lĩnh"), (r.Type, r.Code, r.Issuer, r.IssuerLocality));
        Assert.Equal(new DateOnly(2022, 1, 20), r.Date);
        var first = Single("003", "Kết luận số 33-KL/ThU");
        Assert.Equal("Ban Thường vụ Thị ủy", first.Issuer);
        Assert.StartsWith("tiếp tục lãnh đạo", first.Subject, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Hướng dẫn số 12-HD/BTCTW", "Hướng dẫn", "12-HD/BTCTW", "Ban Tổ chức Trung ương", null, 2018, 7, 6)]
    [InlineData("Hướng dẫn số 16-HD/BTCTU", "Hướng dẫn", "16-HD/BTCTU", "Ban Tổ chức Tỉnh ủy", "Bến Tre", 2019, 4, 17)]
    [InlineData("Quyết địnhsố 707-QĐ/TU", "Quyết định", "707-QĐ/TU", "Ban Thường vụ Tỉnh ủy", "Bến Tre", 2018, 11, 5)]
    public void BenTreGuidanceAndDecisions(string written, string type, string code, string issuer, string? locality, int year, int month, int day)
    {
        var r = Single("004", written);
        Assert.Equal((type, code, issuer, locality), (r.Type, r.Code, r.Issuer, r.IssuerLocality));
        Assert.Equal(new DateOnly(year, month, day), r.Date);
    }

    [Fact]
    public void CountsOfIssuedDocumentsAreNotReferences()
    {
        var text = SeedArticles.Text("001");
        var counts = text.IndexOf("11 Nghị quyết, 03 đề án", StringComparison.Ordinal);
        var countsEnd = text.IndexOf("nhiều văn bản khác", counts, StringComparison.Ordinal);
        Assert.DoesNotContain(SeedArticles.References("001"), r => r.Start < countsEnd && r.End > counts);
    }

    [Fact]
    public void SectionNameAndGenericTitleNounAreNotReferences()
    {
        var text = SeedArticles.Text("000");
        var title = text.IndexOf("Yên Lạc thực hiện Nghị quyết về", StringComparison.Ordinal);
        var firstBody = text.IndexOf("Qua 10 năm", StringComparison.Ordinal);
        Assert.DoesNotContain(SeedArticles.References("000"), r => r.Start < firstBody);
        Assert.True(title < firstBody);
    }

    [Fact]
    public void CongressesOfEveryLevelWithoutOrdinalAreNotReferences()
    {
        Assert.DoesNotContain(SeedArticles.References("001"), r => r.Text.Contains("các cấp", StringComparison.Ordinal));
    }
}
