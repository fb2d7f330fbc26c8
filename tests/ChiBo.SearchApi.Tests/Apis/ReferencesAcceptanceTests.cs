using System.Text.Json;
using ChiBo.SearchApi.Tests.Support;

namespace ChiBo.SearchApi.Tests.Apis;

/// <summary>
/// The References table of acceptance.md: each row must be found both in the stored document (GET /api/documents/{id})
/// and by analysing the same text without storing it (POST /api/extract).
/// </summary>
[Collection(SeedCorpusCollection.Name)]
public sealed class ReferencesAcceptanceTests(SeedCorpusServer server)
{
    public enum Route
    {
        Documents,
        Extract,
    }

    public static TheoryData<Route, string, string, string, string, string?, string?, string?> CodedRows()
    {
        var rows = new (string Seed, string Written, string Type, string Code, string? Issuer, string? IssuerLocality, string? Date)[]
        {
            ("000", "Nghị quyết số 06-NQ/HU", "Nghị quyết", "06-NQ/HU", "Ban Chấp hành Đảng bộ huyện", "Yên Lạc", "2009-04-01"),
            ("000", "Nghị quyết số 06 của Huyện ủy", "Nghị quyết", "06-NQ/HU", "Huyện ủy", null, null),
            ("000", "Nghị quyết 06", "Nghị quyết", "06-NQ/HU", null, "Yên Lạc", null),
            ("001", "Chỉ thị số 05 của Bộ Chính trị", "Chỉ thị", "05-CT/TW", "Bộ Chính trị", null, null),
            ("001", "Chỉ thị 05/CT-TW", "Chỉ thị", "05-CT/TW", "Bộ Chính trị", null, null),
            ("001", "Nghị quyết số 22-NQ/TW", "Nghị quyết", "22-NQ/TW", "Trung ương", null, null),
            ("001", "Đề án 01 của BTV Tỉnh ủy", "Đề án", "01-ĐA/TU", "Tỉnh ủy", "Vĩnh Phúc", null),
            ("002", "Đề án số 11-ĐA/TU", "Đề án", "11-ĐA/TU", "Ban Thường vụ Thành ủy Hà Nội", "Hà Nội", "2021-12-06"),
            ("002", "Đề án số 11- ĐA/TU", "Đề án", "11-ĐA/TU", null, null, null),
            ("002", "Quy định số 144-QĐ/TW", "Quy định", "144-QĐ/TW", "Bộ Chính trị", null, "2024-05-09"),
            ("002", "Quy định số 144-QĐ/TƯ", "Quy định", "144-QĐ/TW", null, null, null),
            ("002", "Chỉ thị số 24-CT/TU", "Chỉ thị", "24-CT/TU", "Ban Thường vụ Thành ủy Hà Nội", "Hà Nội", null),
            ("003", "Kết luận số 33-KL/ThU", "Kết luận", "33-KL/ThU", "Ban Thường vụ Thị ủy", "Hồng Lĩnh", "2022-01-20"),
            ("004", "Hướng dẫn số 12-HD/BTCTW", "Hướng dẫn", "12-HD/BTCTW", "Ban Tổ chức Trung ương", null, "2018-07-06"),
            ("004", "Hướng dẫn số 16-HD/BTCTU", "Hướng dẫn", "16-HD/BTCTU", "Ban Tổ chức Tỉnh ủy", "Bến Tre", "2019-04-17"),
            ("004", "Quyết địnhsố 707-QĐ/TU", "Quyết định", "707-QĐ/TU", "Ban Thường vụ Tỉnh ủy", "Bến Tre", "2018-11-05"),
        };
        var data = new TheoryData<Route, string, string, string, string, string?, string?, string?>();
        foreach (var route in Enum.GetValues<Route>())
        {
            foreach (var r in rows)
            {
                data.Add(route, r.Seed, r.Written, r.Type, r.Code, r.Issuer, r.IssuerLocality, r.Date);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CodedRows))]
    public async Task AcceptanceReferenceIsFoundWithTypeCodeIssuerAndDate(
        Route route, string seed, string written, string type, string code, string? issuer, string? issuerLocality, string? date)
    {
        var (text, references) = await ReferencesOf(seed, route);

        var found = references.Where(r => Slice(text, r).StartsWith(written, StringComparison.Ordinal)).ToList();
        Assert.True(found.Count > 0, $"'{written}' not found among: {string.Join(" | ", references.Select(r => r.GetProperty("text").GetString()))}");
        var reference = found[0];
        Assert.Equal(reference.GetProperty("text").GetString(), Slice(text, reference));
        Assert.Equal(type, reference.GetProperty("type").GetString());
        Assert.Equal(code, EffectiveCode(reference, references));
        if (issuer is not null)
        {
            Assert.Contains(issuer, EffectiveIssuer(reference, references) ?? string.Empty, StringComparison.Ordinal);
        }

        if (issuerLocality is not null)
        {
            Assert.Equal(issuerLocality, Resolved(reference, references).GetProperty("issuerLocality").GetString());
        }

        if (date is not null)
        {
            Assert.Equal(date, reference.GetProperty("date").GetString());
        }
    }

    [Theory]
    [InlineData(Route.Documents, "001", "Nghị quyết Trung ương 4 (khóa XII)", "XII")]
    [InlineData(Route.Documents, "003", "Nghị quyết Trung ương 4", null)]
    [InlineData(Route.Extract, "001", "Nghị quyết Trung ương 4 (khóa XII)", "XII")]
    public async Task UnnumberedPlenumResolutionIsAReferenceWithoutCode(Route route, string seed, string written, string? term)
    {
        var (text, references) = await ReferencesOf(seed, route);

        var reference = Assert.Single(references, r => Slice(text, r).StartsWith(written, StringComparison.Ordinal));
        Assert.Equal("Nghị quyết", reference.GetProperty("type").GetString());
        Assert.Equal(JsonValueKind.Null, reference.GetProperty("code").ValueKind);
        if (term is not null)
        {
            Assert.Contains(term, reference.GetProperty("term").GetString() ?? string.Empty, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("nghị quyết Đại hội XII của Đảng")]
    [InlineData("nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI")]
    [InlineData("nghị quyết Đại hội Đảng bộ huyện lần thứ II")]
    public async Task CongressResolutionIsAReferenceWithoutCode(string written)
    {
        var (text, references) = await ReferencesOf("001", Route.Documents);

        var reference = Assert.Single(references, r => Slice(text, r).StartsWith(written, StringComparison.Ordinal));
        Assert.Equal(JsonValueKind.Null, reference.GetProperty("code").ValueKind);
    }

    [Fact]
    public async Task DocumentCountsAreNotReferences()
    {
        var (text, references) = await ReferencesOf("001", Route.Documents);
        var counts = text.IndexOf("11 Nghị quyết, 03 đề án", StringComparison.Ordinal);
        var end = text.IndexOf("và nhiều văn bản khác", counts, StringComparison.Ordinal);

        Assert.True(counts >= 0 && end > counts);
        Assert.DoesNotContain(references, r => r.GetProperty("start").GetInt32() >= counts && r.GetProperty("end").GetInt32() <= end);
    }

    private async Task<(string Text, List<JsonElement> References)> ReferencesOf(string seed, Route route)
    {
        var doc = await server.GetJsonAsync("/api/documents/" + SeedCorpusServer.IdOf(seed));
        var text = doc.GetProperty("text").GetString()!;
        if (route == Route.Documents)
        {
            return (text, [.. doc.GetProperty("references").EnumerateArray()]);
        }

        var extracted = await server.PostJsonAsync("/api/extract", new
        {
            text,
            title = doc.GetProperty("title").GetString(),
            published = doc.GetProperty("published").GetString(),
            locality = doc.GetProperty("locality"),
        });
        return (text, [.. extracted.GetProperty("references").EnumerateArray()]);
    }

    private static string Slice(string text, JsonElement reference)
    {
        var start = reference.GetProperty("start").GetInt32();
        var end = reference.GetProperty("end").GetInt32();
        return text[start..end];
    }

    /// <summary>A short form's identity is the full reference it resolves to.</summary>
    private static JsonElement Resolved(JsonElement reference, List<JsonElement> all)
    {
        if (reference.GetProperty("resolvesTo").ValueKind != JsonValueKind.Number)
        {
            return reference;
        }

        var target = reference.GetProperty("resolvesTo").GetInt32();
        return all.Single(r => r.GetProperty("start").GetInt32() == target);
    }

    private static string? EffectiveCode(JsonElement reference, List<JsonElement> all) =>
        reference.GetProperty("code").GetString() ?? Resolved(reference, all).GetProperty("code").GetString();

    private static string? EffectiveIssuer(JsonElement reference, List<JsonElement> all) =>
        reference.GetProperty("issuer").GetString() is { Length: > 0 } own ? own : Resolved(reference, all).GetProperty("issuer").GetString();
}
