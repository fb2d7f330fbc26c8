using System.Globalization;
using System.Text.Json;
using ChiBo.SearchApi.Tests.Support;

namespace ChiBo.SearchApi.Tests.Apis;

/// <summary>The Percentages table of acceptance.md: every percentage with its qualifier, each found exactly once.</summary>
[Collection(SeedCorpusCollection.Name)]
public sealed class PercentagesAcceptanceTests(SeedCorpusServer server)
{
    [Theory]
    [InlineData("000", "91:over 100:exact 85:exact 90:over 90:over")]
    [InlineData("001", "94.2:average 88:over")]
    [InlineData("002", "100:exact 90:exact 85:average 100:exact")]
    [InlineData("003", "")]
    [InlineData("004", "19.64:exact 80.35:exact 16.28:exact 76.99:exact")]
    public async Task EveryPercentageIsFoundOnceWithItsQualifier(string seed, string expected)
    {
        var (text, statistics) = await StatisticsOf(seed);

        var percentages = statistics.Where(s => s.GetProperty("kind").GetString() == "percentage").ToList();
        var found = percentages
            .Select(s => $"{s.GetProperty("value").GetDecimal().ToString(CultureInfo.InvariantCulture)}:{s.GetProperty("qualifier").GetString()}")
            .Order(StringComparer.Ordinal);
        var wanted = expected.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal);
        Assert.Equal(wanted, found);
        foreach (var s in percentages)
        {
            var start = s.GetProperty("start").GetInt32();
            var end = s.GetProperty("end").GetInt32();
            Assert.Equal(s.GetProperty("text").GetString(), text[start..end]);
            Assert.Contains(s.GetProperty("text").GetString()!, s.GetProperty("sentence").GetString(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("19.64", "11", "56")]
    [InlineData("80.35", "45", "56")]
    [InlineData("16.28", "857", "5262")]
    [InlineData("76.99", "4051", "5262")]
    public async Task PercentageStatedWithItsFractionCarriesNumeratorAndDenominator(string value, string numerator, string denominator)
    {
        var (_, statistics) = await StatisticsOf("004");

        var s = Assert.Single(statistics, s => s.GetProperty("kind").GetString() == "percentage" && s.GetProperty("value").GetDecimal() == decimal.Parse(value, CultureInfo.InvariantCulture));
        Assert.Equal(decimal.Parse(numerator, CultureInfo.InvariantCulture), s.GetProperty("numerator").GetDecimal());
        Assert.Equal(decimal.Parse(denominator, CultureInfo.InvariantCulture), s.GetProperty("denominator").GetDecimal());
    }

    [Fact]
    public async Task ExtractEndpointFindsTheSamePercentagesAsTheStoredDocument()
    {
        var doc = await server.GetJsonAsync("/api/documents/" + SeedCorpusServer.IdOf("001"));

        var extracted = await server.PostJsonAsync("/api/extract", new { text = doc.GetProperty("text").GetString(), published = "2020-09-21" });

        var values = extracted.GetProperty("statistics").EnumerateArray()
            .Where(s => s.GetProperty("kind").GetString() == "percentage")
            .Select(s => (s.GetProperty("value").GetDecimal(), s.GetProperty("qualifier").GetString()))
            .ToList();
        Assert.Contains((94.2m, "average"), values);
        Assert.Contains((88m, "over"), values);
    }

    [Fact]
    public async Task ExtractWithoutTextIsAProblem()
    {
        using var response = await server.Http.PostAsync(
            new Uri("/api/extract", UriKind.Relative),
            new StringContent("{\"title\":\"x\"}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ExtractWithMalformedJsonIsAProblemNotAServerError()
    {
        using var response = await server.Http.PostAsync(
            new Uri("/api/extract", UriKind.Relative),
            new StringContent("{\"text\": ", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<(string Text, List<JsonElement> Statistics)> StatisticsOf(string seed)
    {
        var doc = await server.GetJsonAsync("/api/documents/" + SeedCorpusServer.IdOf(seed));
        return (doc.GetProperty("text").GetString()!, [.. doc.GetProperty("statistics").EnumerateArray()]);
    }
}
