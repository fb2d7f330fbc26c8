using System.Globalization;
using System.Text.Json;
using ChiBo.SearchApi.Tests.Support;

namespace ChiBo.SearchApi.Tests.Apis;

/// <summary>GET /api/references and /api/references/{id} through the real server over the seed corpus.</summary>
[Collection(SeedCorpusCollection.Name)]
public sealed class ReferencesApiTests(SeedCorpusServer server)
{
    private async Task<List<JsonElement>> ItemsAsync(string query)
    {
        var body = await server.GetJsonAsync("/api/references?" + query);
        return [.. body.GetProperty("items").EnumerateArray()];
    }

    private static string? Text(JsonElement e, string name) => e.GetProperty(name).ValueKind == JsonValueKind.Null ? null : e.GetProperty(name).GetString();

    [Fact]
    public async Task YenLacsResolutionHasItsIssuerDateAndTermAndCountsItsShortForms()
    {
        var entry = Assert.Single(await ItemsAsync("code=" + Uri.EscapeDataString("06-NQ/HU")));
        Assert.Equal("Yên Lạc", Text(entry, "issuerLocality"));
        Assert.Equal("Ban Chấp hành Đảng bộ huyện", Text(entry, "issuer"));
        Assert.Equal("2009-04-01", Text(entry, "date"));
        Assert.StartsWith("khóa XIX", Text(entry, "term"), StringComparison.Ordinal);
        Assert.Contains("2005 - 2010", Text(entry, "term"), StringComparison.Ordinal);
        Assert.False(entry.GetProperty("ambiguous").GetBoolean());

        var detail = await server.GetJsonAsync("/api/references/" + Text(entry, "id"));

        var mentions = detail.GetProperty("mentions").EnumerateArray().ToList();
        Assert.Equal(entry.GetProperty("mentions").GetInt32(), mentions.Count);
        Assert.Equal(1, detail.GetProperty("articles").GetInt32());
        var written = mentions.Select(m => Text(m, "text")).ToList();
        Assert.Contains("Nghị quyết số 06 của Huyện ủy", written);
        Assert.Contains("Nghị quyết 06", written);
        Assert.All(mentions, m => Assert.Equal(SeedCorpusServer.IdOf("000"), Text(m, "documentId")));
        Assert.All(mentions, m => Assert.Contains(Text(m, "text")!, Text(m, "sentence"), StringComparison.Ordinal));
        Assert.Equal("2019-11-08", Text(detail, "firstMentioned"));
    }

    [Fact]
    public async Task ACodeWithTinhUyInsteadOfTrungUongFindsNothing()
    {
        var body = await server.GetJsonAsync("/api/references?code=" + Uri.EscapeDataString("144-QD/TU"));

        Assert.Equal(0, body.GetProperty("total").GetInt32());
        Assert.Empty(body.GetProperty("items").EnumerateArray());
    }

    [Theory]
    [InlineData("144-QD/TW")]
    [InlineData("144-QĐ/TƯ")]
    [InlineData("144/QĐ-TW")]
    public async Task ACentralCodeInAnySpellingFindsMeLinhsArticle(string code)
    {
        var entry = Assert.Single(await ItemsAsync("code=" + Uri.EscapeDataString(code)));
        Assert.Equal("144-QĐ/TW", Text(entry, "code"));
        Assert.Equal("Quy định", Text(entry, "type"));
        Assert.Equal("2024-05-09", Text(entry, "date"));

        var detail = await server.GetJsonAsync("/api/references/" + Uri.EscapeDataString(Text(entry, "id")!));

        var mentions = detail.GetProperty("mentions").EnumerateArray().ToList();
        Assert.Contains(mentions, m => Text(m, "documentId") == SeedCorpusServer.IdOf("002"));
        Assert.Contains(mentions, m => Text(m, "text")!.Contains("144-QĐ/TƯ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EveryReferenceOfADocumentLeadsToARegistryEntryThatListsTheDocument()
    {
        foreach (var seed in new[] { "000", "001", "002", "003", "004" })
        {
            var doc = await server.GetJsonAsync("/api/documents/" + SeedCorpusServer.IdOf(seed));
            foreach (var reference in doc.GetProperty("references").EnumerateArray())
            {
                var id = Text(reference, "referenceId");
                Assert.False(string.IsNullOrEmpty(id), $"{seed}: '{Text(reference, "text")}' has no referenceId");
                var entry = await server.GetJsonAsync("/api/references/" + Uri.EscapeDataString(id!));
                Assert.Contains(entry.GetProperty("mentions").EnumerateArray(), m =>
                    Text(m, "documentId") == SeedCorpusServer.IdOf(seed) && m.GetProperty("start").GetInt32() == reference.GetProperty("start").GetInt32());
            }
        }
    }

    [Fact]
    public async Task UnnumberedResolutionsAreListedWithoutACode()
    {
        var items = await ItemsAsync("q=" + Uri.EscapeDataString("trung uong 4") + "&size=100");

        Assert.Contains(items, e => Text(e, "id") == "nghi-quyet-trung-uong-4-khoa-xii" && Text(e, "code") is null && Text(e, "term") == "khóa XII");
        Assert.Contains(items, e => Text(e, "id") == "nghi-quyet-trung-uong-4" && e.GetProperty("ambiguous").GetBoolean());
    }

    [Fact]
    public async Task TypeFilterMatchesWithOrWithoutDiacritics()
    {
        var accented = await ItemsAsync("type=" + Uri.EscapeDataString("Hướng dẫn"));
        var plain = await ItemsAsync("type=huong+dan");

        Assert.Equal(["12-HD/BTCTW", "16-HD/BTCTU"], accented.Select(e => Text(e, "code")).Order(StringComparer.Ordinal));
        Assert.Equal(accented.Select(e => Text(e, "id")), plain.Select(e => Text(e, "id")));
    }

    [Fact]
    public async Task IssuerFilterMatchesTheIssuersNameOrItsCode()
    {
        var byName = await ItemsAsync("issuer=" + Uri.EscapeDataString("Thành ủy Hà Nội"));
        var byCode = await ItemsAsync("issuer=ThU");

        Assert.Equal(["11-ĐA/TU", "24-CT/TU"], byName.Select(e => Text(e, "code")).Order(StringComparer.Ordinal));
        Assert.Equal("33-KL/ThU", Text(Assert.Single(byCode), "code"));
    }

    [Fact]
    public async Task LocalityFilterFindsWhatTheLocalityIssuedAndWhatItsArticlesCite()
    {
        var codes = (await ItemsAsync("locality=ben+tre")).Select(e => Text(e, "code")).ToList();

        Assert.Contains("16-HD/BTCTU", codes);
        Assert.Contains("707-QĐ/TU", codes);
        Assert.Contains("12-HD/BTCTW", codes);
        Assert.DoesNotContain("06-NQ/HU", codes);
    }

    [Fact]
    public async Task TextQueryMatchesTheSubjectWithoutDiacritics()
    {
        var entry = Assert.Single(await ItemsAsync("q=" + Uri.EscapeDataString("chuan muc dao duc cach mang")));

        Assert.Equal("144-QĐ/TW", Text(entry, "code"));
    }

    [Fact]
    public async Task EntriesAreSortedByMentionsAndPagedWithoutOverlap()
    {
        var all = await server.GetJsonAsync("/api/references?size=100");
        var counts = all.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("mentions").GetInt32()).ToList();
        Assert.Equal(counts.OrderByDescending(c => c), counts);
        Assert.Equal(all.GetProperty("total").GetInt32(), counts.Count);

        var first = await server.GetJsonAsync("/api/references?size=3&page=1");
        var second = await server.GetJsonAsync("/api/references?size=3&page=2");

        var ids = all.GetProperty("items").EnumerateArray().Select(e => Text(e, "id")).ToList();
        Assert.Equal(ids.Take(3), first.GetProperty("items").EnumerateArray().Select(e => Text(e, "id")));
        Assert.Equal(ids.Skip(3).Take(3), second.GetProperty("items").EnumerateArray().Select(e => Text(e, "id")));
        Assert.Equal(3, second.GetProperty("size").GetInt32());
        Assert.Equal(2, second.GetProperty("page").GetInt32());
        Assert.Equal(counts.Count, second.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("size=0", "size")]
    [InlineData("size=101", "size")]
    [InlineData("size=-5", "size")]
    [InlineData("code=nghi+quyet", "code")]
    public async Task InvalidParameterIsAProblemDetailsNamingIt(string query, string parameter)
    {
        using var response = await server.Http.GetAsync(new Uri("/api/references?" + query, UriKind.Relative));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(body.GetProperty("errors").TryGetProperty(parameter, out _), body.ToString());
    }

    [Fact]
    public async Task AnOverlongFilterIsAProblemDetailsNamingIt()
    {
        var q = string.Concat(Enumerable.Repeat("sinh hoạt ", 30));
        using var response = await server.Http.GetAsync(new Uri("/api/references?q=" + Uri.EscapeDataString(q), UriKind.Relative));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(400, (int)response.StatusCode);
        Assert.True(body.GetProperty("errors").TryGetProperty("q", out _), body.ToString());
    }

    [Theory]
    [InlineData("06-nq-hu-song-lo-khoa-xix")]
    [InlineData("no-such-document")]
    public async Task AnUnknownIdIsANotFoundProblem(string id)
    {
        using var response = await server.Http.GetAsync(new Uri("/api/references/" + id, UriKind.Relative));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(404, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(404, body.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task AnOverlongIdIsABadRequest()
    {
        using var response = await server.Http.GetAsync(new Uri("/api/references/" + new string('a', 300), UriKind.Relative));

        Assert.Equal(400, (int)response.StatusCode);
    }

    [Fact]
    public async Task FirstAndLastMentionDatesAreTheCitingArticlesPublicationDates()
    {
        var entry = Assert.Single(await ItemsAsync("code=" + Uri.EscapeDataString("33-KL/ThU")));

        Assert.Equal("2022-10-04", Text(entry, "firstMentioned"));
        Assert.Equal("2022-10-04", Text(entry, "lastMentioned"));
        Assert.Equal(2, entry.GetProperty("mentions").GetInt32());
        Assert.Equal(2022, DateOnly.Parse(Text(entry, "date")!, CultureInfo.InvariantCulture).Year);
    }
}
