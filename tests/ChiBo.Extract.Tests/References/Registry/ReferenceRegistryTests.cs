using ChiBo.Extract.Model;
using ChiBo.Extract.References;
using ChiBo.Extract.References.Registry;
using ChiBo.Ingest.Model;

namespace ChiBo.Extract.Tests.References.Registry;

public class ReferenceRegistryTests
{
    private static readonly Locality YenLac = new("Yên Lạc", "huyện", "Vĩnh Phúc");
    private static readonly Locality SongLo = new("Sông Lô", "huyện", "Vĩnh Phúc");
    private static readonly Locality MeLinh = new("Mê Linh", "huyện", "Hà Nội");

    private static ArticleReferences Article(string id, string text, Locality locality, string published = "2020-01-01")
    {
        var context = new ArticleContext(locality, new PublishedDate(DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture)));
        var references = new ReferenceExtractor().Extract(text, context);
        return new ArticleReferences(id, "Bài " + id, context.Published, locality, ReferenceMentionReader.Read(text, references));
    }

    private static ReferenceCatalog Build(params ArticleReferences[] articles)
    {
        var registry = new ReferenceRegistry();
        foreach (var article in articles)
        {
            registry.Add(article);
        }

        return registry.Build();
    }

    private const string YenLacDated = "Thực hiện Nghị quyết số 06-NQ/HU, ngày 01/04/2009 của Ban Chấp hành Đảng bộ huyện khóa XIX về sinh hoạt chi bộ.";

    [Fact]
    public void TwoDistrictsSameLocalCodeStayTwoDocuments()
    {
        var catalog = Build(Article("a", YenLacDated, YenLac), Article("b", YenLacDated, SongLo));

        var entries = catalog.Entries.Where(e => e.Code == "06-NQ/HU").ToList();
        Assert.Equal(2, entries.Count);
        Assert.Equal(["Sông Lô", "Yên Lạc"], entries.Select(e => e.IssuerLocality).Order(StringComparer.Ordinal));
        Assert.NotEqual(entries[0].Id, entries[1].Id);
    }

    [Fact]
    public void SameDistrictCodeInTwoTermsStaysTwoDocuments()
    {
        var nextTerm = YenLacDated.Replace("01/04/2009", "01/04/2012", StringComparison.Ordinal).Replace("XIX", "XX", StringComparison.Ordinal);

        var catalog = Build(Article("a", YenLacDated, YenLac), Article("b", nextTerm, YenLac));

        Assert.Equal(2, catalog.Entries.Count(e => e.Code == "06-NQ/HU"));
    }

    [Fact]
    public void CentralCodesMergeNationallyAcrossLocalities()
    {
        const string text = "Thực hiện Quy định số 144-QĐ/TW ngày 09/5/2024 của Bộ Chính trị.";
        var catalog = Build(
            Article("a", text, MeLinh, "2024-06-20"),
            Article("b", "Quán triệt Quy định số 144-QĐ/TƯ của Bộ Chính trị.", YenLac, "2024-07-01"));

        var entry = Assert.Single(catalog.Entries, e => e.Code == "144-QĐ/TW");
        Assert.Equal(2, entry.ArticleCount);
        Assert.Null(entry.IssuerLocality);
        Assert.Equal(new DateOnly(2024, 5, 9), entry.Date);
        Assert.Equal(new DateOnly(2024, 6, 20), entry.FirstMentioned);
        Assert.Equal(new DateOnly(2024, 7, 1), entry.LastMentioned);
        Assert.False(entry.IsAmbiguous);
    }

    [Fact]
    public void AnUndatedLocalReferenceInAnotherArticleIsKeptApartAndFlaggedAmbiguous()
    {
        var catalog = Build(
            Article("a", YenLacDated, YenLac),
            Article("b", "Các chi bộ tiếp tục thực hiện Nghị quyết số 06-NQ/HU của Huyện ủy.", YenLac));

        var entries = catalog.Entries.Where(e => e.Code == "06-NQ/HU").OrderBy(e => e.IsAmbiguous).ToList();
        Assert.Equal(2, entries.Count);
        Assert.False(entries[0].IsAmbiguous);
        Assert.Equal(new DateOnly(2009, 4, 1), entries[0].Date);
        Assert.True(entries[1].IsAmbiguous);
        Assert.Null(entries[1].Date);
        Assert.Equal(1, entries[1].MentionCount);
    }

    [Fact]
    public void AnUndatedRepeatInTheArticleThatGivesTheDateJoinsTheDatedDocument()
    {
        var catalog = Build(Article("a", YenLacDated + " Sau 10 năm, Nghị quyết số 06-NQ/HU đã đi vào cuộc sống.", YenLac));

        var entry = Assert.Single(catalog.Entries, e => e.Code == "06-NQ/HU");
        Assert.Equal(2, entry.MentionCount);
        Assert.False(entry.IsAmbiguous);
    }

    [Fact]
    public void ShortFormsCountAsMentionsOfTheirAntecedentsDocument()
    {
        var catalog = Build(Article("a", YenLacDated + " Để Nghị quyết số 06 của Huyện ủy thực sự tạo chuyển biến, các mục tiêu của Nghị quyết 06 đã đạt.", YenLac));

        var entry = Assert.Single(catalog.Entries, e => e.Code == "06-NQ/HU");
        Assert.Equal(3, entry.MentionCount);
        Assert.Equal(1, entry.ArticleCount);
        Assert.Equal("Ban Chấp hành Đảng bộ huyện", entry.Issuer);
    }

    [Fact]
    public void ADateGivenWithTheTermInOneArticleLinksADateOnlyMentionInAnother()
    {
        var dateOnly = "Thực hiện Nghị quyết số 06-NQ/HU ngày 01/04/2009 của Huyện ủy.";
        var catalog = Build(Article("a", YenLacDated, YenLac), Article("b", dateOnly, YenLac));

        var entry = Assert.Single(catalog.Entries, e => e.Code == "06-NQ/HU");
        Assert.Equal(2, entry.ArticleCount);
        Assert.Equal("khóa XIX", entry.Term);
        Assert.Equal("06-NQ-HU-yen-lac-khoa-xix", entry.Id);
        Assert.Same(entry, catalog.Find("06-NQ-HU-yen-lac-2009-04-01"));
        Assert.Same(entry, catalog.Find("06-nq-hu-yen-lac-khoa-xix"));
        Assert.Equal(entry.Id, catalog.EntryIdOf(ReferenceIdentity.Of(Article("b", dateOnly, YenLac).Mentions[0].Reference)));
    }

    [Fact]
    public void TheResultDoesNotDependOnTheOrderArticlesArrive()
    {
        var articles = new[]
        {
            Article("a", YenLacDated, YenLac, "2019-11-08"),
            Article("b", "Thực hiện Nghị quyết số 06-NQ/HU ngày 01/04/2009 của Huyện ủy.", YenLac, "2015-01-01"),
            Article("c", "Nghị quyết số 06-NQ/HU của Ban Thường vụ Huyện ủy khóa XIX về công tác cán bộ.", YenLac, "2010-01-01"),
        };

        var forward = Build(articles);
        var backward = Build([.. articles.Reverse()]);

        Assert.Equal(
            forward.Entries.Select(Describe).Order(StringComparer.Ordinal),
            backward.Entries.Select(Describe).Order(StringComparer.Ordinal));
        static string Describe(ReferenceEntry e) => $"{e.Id} {e.Issuer} {e.Date} {e.Term} {e.Subject} {e.MentionCount} {e.FirstMentioned}";
    }

    [Fact]
    public void UnnumberedResolutionsAreEntriesNamedByMeetingAndTerm()
    {
        var catalog = Build(
            Article("a", "Thực hiện Nghị quyết Trung ương 4 (khóa XII) và nghị quyết Đại hội XII của Đảng.", SongLo),
            Article("b", "Quán triệt Nghị quyết Trung ương 4 về xây dựng Đảng.", SongLo));

        var plenum = Assert.Single(catalog.Entries, e => e.Id == "nghi-quyet-trung-uong-4-khoa-xii");
        Assert.Null(plenum.Code);
        Assert.False(plenum.IsAmbiguous);
        Assert.Contains(catalog.Entries, e => e.Id == "nghi-quyet-dai-hoi-xii-cua-dang-khoa-xii");
        Assert.True(Assert.Single(catalog.Entries, e => e.Id == "nghi-quyet-trung-uong-4").IsAmbiguous);
    }

    [Fact]
    public void EntryIdsAreUrlSafe()
    {
        var catalog = Build(Article("a", YenLacDated + " Kết luận số 33-KL/ThU, ngày 20/01/2022 của Ban Thường vụ Thị ủy.", YenLac));

        Assert.All(catalog.Entries, e => Assert.Matches("^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$", e.Id));
        Assert.Contains(catalog.Entries, e => e.Id.StartsWith("33-KL-ThU-", StringComparison.Ordinal));
    }
}
