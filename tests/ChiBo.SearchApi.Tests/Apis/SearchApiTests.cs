using System.Globalization;
using System.Text.Json;
using ChiBo.SearchApi.Tests.Support;

namespace ChiBo.SearchApi.Tests.Apis;

/// <summary>The Search table of acceptance.md, through the real server and index.</summary>
[Collection(SeedCorpusCollection.Name)]
public sealed class SearchApiTests(SeedCorpusServer server)
{
    [Theory]
    [InlineData("Nghị quyết 06-NQ/HU", "000")]
    [InlineData("nghi quyet 06-nq/hu", "000")]
    [InlineData("06/NQ-HU", "000")]
    [InlineData("NQ 06/HU", "000")]
    [InlineData("144-QĐ/TƯ", "002")]
    [InlineData("144-QD/TW", "002")]
    [InlineData("huyện ủy Sông Lô", "001")]
    [InlineData("huyen uy song lo", "001")]
    [InlineData("Chỉ thị 05-CT/TW", "001")]
    [InlineData("Kết luận 33-KL/ThU", "003")]
    [InlineData("đảng viên hoàn thành xuất sắc nhiệm vụ", "004")]
    public async Task AcceptanceQueryReturnsItsArticleFirst(string query, string seed)
    {
        var result = await SearchAsync("q=" + Uri.EscapeDataString(query));

        var hits = result.GetProperty("hits");
        Assert.True(hits.GetArrayLength() > 0, $"no hits for {query}");
        Assert.Equal(SeedCorpusServer.IdOf(seed), hits[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task PhraseQueryReturnsExactlyTheArticlesContainingThePhrase()
    {
        var expected = new HashSet<string>();
        foreach (var seed in new[] { "000", "001", "002", "003", "004" })
        {
            var id = SeedCorpusServer.IdOf(seed);
            var doc = await server.GetJsonAsync("/api/documents/" + id);
            var text = doc.GetProperty("text").GetString()!;
            if (text.Contains("sinh hoạt chuyên đề", StringComparison.OrdinalIgnoreCase))
            {
                expected.Add(id);
            }
        }

        var result = await SearchAsync("q=" + Uri.EscapeDataString("\"sinh hoạt chuyên đề\"") + "&size=100");

        Assert.NotEmpty(expected);
        Assert.Equal(expected, Ids(result).ToHashSet());
    }

    [Fact]
    public async Task LocalityFilterKeepsOnlyThatLocality()
    {
        var result = await SearchAsync("q=" + Uri.EscapeDataString("sinh hoạt chi bộ") + "&locality=" + Uri.EscapeDataString("Bến Tre"));

        Assert.Equal([SeedCorpusServer.IdOf("004")], Ids(result));
    }

    [Fact]
    public async Task YearFilterKeepsOnlyThatYear()
    {
        var result = await SearchAsync("q=" + Uri.EscapeDataString("ủy ban kiểm tra") + "&year=2020");

        Assert.Equal([SeedCorpusServer.IdOf("001")], Ids(result));
    }

    [Fact]
    public async Task HitsCarrySnippetWithMarkedWordsTitleDateAndLocality()
    {
        var result = await SearchAsync("q=" + Uri.EscapeDataString("Nghị quyết 06-NQ/HU"));

        var hit = result.GetProperty("hits")[0];
        Assert.Contains("<mark>", hit.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Yên Lạc thực hiện Nghị quyết", hit.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal("2019-11-08", hit.GetProperty("published").GetString());
        var locality = hit.GetProperty("locality");
        Assert.Equal("Yên Lạc", locality.GetProperty("name").GetString());
        Assert.Equal("huyện", locality.GetProperty("kind").GetString());
        Assert.Equal("Vĩnh Phúc", locality.GetProperty("province").GetString());
        Assert.True(hit.GetProperty("score").GetSingle() > 0);
        Assert.Equal(JsonValueKind.Array, hit.GetProperty("authors").ValueKind);
    }

    [Fact]
    public async Task ResponseCarriesPagingTotalAndFacets()
    {
        var result = await SearchAsync("q=" + Uri.EscapeDataString("chi bộ") + "&page=1&size=2");

        Assert.Equal(1, result.GetProperty("page").GetInt32());
        Assert.Equal(2, result.GetProperty("size").GetInt32());
        Assert.Equal(2, result.GetProperty("hits").GetArrayLength());
        Assert.True(result.GetProperty("total").GetInt32() >= 5);
        var provinces = result.GetProperty("facets").GetProperty("province").EnumerateArray()
            .ToDictionary(f => f.GetProperty("value").GetString()!, f => f.GetProperty("count").GetInt32());
        Assert.Equal(2, provinces["Vĩnh Phúc"]);
        var years = result.GetProperty("facets").GetProperty("year").EnumerateArray()
            .ToDictionary(f => f.GetProperty("value").GetString()!, f => f.GetProperty("count").GetInt32());
        Assert.Equal(2, years[2019.ToString(CultureInfo.InvariantCulture)]);
    }

    [Theory]
    [InlineData("size=0", "size")]
    [InlineData("size=101", "size")]
    [InlineData("page=-1", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("year=20x0", "year")]
    [InlineData("from=2020-13-45", "from")]
    [InlineData("sort=random", "sort")]
    public async Task InvalidParameterIsAProblemDetailsNamingIt(string query, string parameter)
    {
        using var response = await server.Http.GetAsync(new Uri("/api/search?q=chi+bộ&" + query, UriKind.Relative));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(body.GetProperty("errors").TryGetProperty(parameter, out _), body.ToString());
    }

    [Theory]
    [InlineData("\"sinh hoạt")]
    [InlineData("(chi bộ")]
    [InlineData("chi bộ AND")]
    public async Task MalformedQueryIsABadRequestNotAServerError(string query)
    {
        using var response = await server.Http.GetAsync(new Uri("/api/search?q=" + Uri.EscapeDataString(query), UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Contains("\"status\":400", body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
    }

    private async Task<JsonElement> SearchAsync(string query) => await server.GetJsonAsync("/api/search?" + query);

    private static List<string> Ids(JsonElement result) =>
        [.. result.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!)];
}
