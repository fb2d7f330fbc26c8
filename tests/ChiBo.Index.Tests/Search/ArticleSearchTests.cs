using ChiBo.Extract.Model;
using ChiBo.Index.Search;
using ChiBo.Index.Tests.Support;
using ChiBo.Ingest.Model;

namespace ChiBo.Index.Tests.Search;

public sealed class ArticleSearchTests(SeedIndex seeds) : IClassFixture<SeedIndex>
{
    [Theory]
    [InlineData("06/NQ-HU", "000")]
    [InlineData("code:06-nq/hu", "000")]
    [InlineData("144 - QĐ/T.Ư", "002")]
    [InlineData("\"sinh hoat chuyen de\" AND Sông Lô", "001")]
    [InlineData("huyen uy song lo", "001")]
    public void QueryFindsItsArticleFirst(string query, string seed) =>
        Assert.Equal(seeds.IdOf(seed), Search(query).Hits[0].Id);

    [Fact]
    public void CodeQueryDoesNotMergeCentralWithProvincial() =>
        Assert.Equal(0, Search("code:144-QD/TU").Total);

    [Fact]
    public void UnaccentedWordRanksTheLiteralUnaccentedSpellingFirst()
    {
        using var temp = new TempIndex();
        temp.Index.Upsert(new Article { Id = "accented", Title = "Bài thứ nhất", Text = "Ông Ba đi ba lần qua bá quán." }, ArticleAnalysis.Empty);
        temp.Index.Upsert(new Article { Id = "literal", Title = "Bài thứ hai", Text = "Nhóm ABA họp ba lần." }, ArticleAnalysis.Empty);
        temp.Index.Upsert(new Article { Id = "folded-only", Title = "Bài thứ tư", Text = "Người bà và bá hộ." }, ArticleAnalysis.Empty);
        temp.Index.Commit();

        var hits = temp.Index.Search(new SearchRequest { Query = "bà" }).Hits.Select(h => h.Id).ToList();
        var unaccented = temp.Index.Search(new SearchRequest { Query = "ba" }).Hits.Select(h => h.Id).ToList();

        Assert.Equal("folded-only", hits[0]);
        Assert.Equal(3, unaccented.Count);
        Assert.NotEqual("folded-only", unaccented[0]);
    }

    [Fact]
    public void SnippetMarksACodeAsOneSpanAndEscapesTheRest()
    {
        var snippet = Search("Nghị quyết 06-NQ/HU").Hits[0].Snippet;

        Assert.Contains("<mark>06-NQ/HU</mark>", snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>Nghị quyết</mark>", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void SnippetEscapesMarkupButKeepsVietnameseLettersReadable()
    {
        using var temp = new TempIndex();
        temp.Index.Upsert(new Article { Id = "x", Title = "Bài viết", Text = "Ngày hội <script>alert(1)</script> & \"chi bộ\" bốn tốt." }, ArticleAnalysis.Empty);
        temp.Index.Commit();

        var snippet = temp.Index.Search(new SearchRequest { Query = "chi bộ" }).Hits[0].Snippet;

        Assert.Equal("Ngày hội &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;<mark>chi bộ</mark>&quot; bốn tốt.", snippet);
    }

    [Fact]
    public void FoldedMatchIsMarkedInTheAccentedText()
    {
        var hit = Search("huyen uy song lo").Hits[0];

        Assert.Contains("<mark>", hit.Snippet, StringComparison.Ordinal);
        Assert.Matches("<mark>[^<]*(Sông Lô|Huyện uỷ|huyện)[^<]*</mark>", hit.Snippet);
    }

    [Fact]
    public void FacetsCountAllMatchesNotJustThePage()
    {
        var response = seeds.Index.Search(new SearchRequest { Query = "chi bộ", Size = 1 });

        Assert.Single(response.Hits);
        Assert.Equal(5, response.Total);
        Assert.Equal(2, response.Facets["province"].Single(f => f.Value == "Vĩnh Phúc").Count);
        Assert.Contains(response.Facets["code"], f => f.Value == "06-NQ/HU");
        Assert.Contains(response.Facets["type"], f => f.Value == "Nghị quyết");
    }

    [Fact]
    public void FiltersNarrowByProvinceYearAndDateRange()
    {
        Assert.Equal(2, seeds.Index.Search(new SearchRequest { Province = "vinh phuc" }).Total);
        Assert.Equal(2, seeds.Index.Search(new SearchRequest { Year = 2019 }).Total);
        Assert.Equal(
            [seeds.IdOf("002"), seeds.IdOf("003")],
            seeds.Index.Search(new SearchRequest { From = new DateOnly(2022, 1, 1), Sort = SearchSort.Date }).Hits.Select(h => h.Id));
        Assert.Equal(1, Search("chi bộ locality:\"Hồng Lĩnh\"").Total);
    }

    [Fact]
    public void DidYouMeanRestoresDiacriticsFromTheIndexVocabulary() =>
        Assert.Equal("nghị quyết", seeds.Index.Search(new SearchRequest { Query = "nghi quyet" }).DidYouMean);

    [Fact]
    public void DidYouMeanUsesAdjacentWordsToChooseAmongSpellings() =>
        Assert.Equal("huyện ủy sông lô", seeds.Index.Search(new SearchRequest { Query = "huyen uy song lo" }).DidYouMean);

    [Fact]
    public void AccentedQueryGetsNoSuggestion() =>
        Assert.Null(seeds.Index.Search(new SearchRequest { Query = "nghị quyết" }).DidYouMean);

    [Theory]
    [InlineData("\"sinh hoạt", 0)]
    [InlineData("(chi bộ", 0)]
    [InlineData("chi bộ)", 6)]
    [InlineData("chi bộ AND", 7)]
    [InlineData("OR chi bộ", 0)]
    [InlineData("year:abc", 0)]
    [InlineData("code:xyz", 0)]
    public void BadSyntaxPointsAtTheError(string query, int position)
    {
        var error = Assert.Throws<QuerySyntaxException>(() => Search(query));

        Assert.Equal(position, error.Position);
    }

    [Fact]
    public void NegationExcludes()
    {
        var all = Search("sinh hoạt chi bộ").Total;
        var without = Search("sinh hoạt chi bộ -\"Bến Tre\"").Total;

        Assert.Equal(all - 1, without);
    }

    [Fact]
    public void PrefixSearchFindsCompletions() => Assert.True(Search("chuyen*").Total >= 3);

    private SearchResponse Search(string query) => seeds.Index.Search(new SearchRequest { Query = query, Size = 10 });
}
