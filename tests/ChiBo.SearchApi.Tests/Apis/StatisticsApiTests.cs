using System.Globalization;
using System.Net;
using System.Text.Json;
using ChiBo.Index.Statistics;
using ChiBo.SearchApi.Tests.Support;
using ChiBo.TestSupport;

namespace ChiBo.SearchApi.Tests.Apis;

/// <summary>GET /api/statistics and /api/metrics over the seed corpus, through the real server and index.</summary>
[Collection(SeedCorpusCollection.Name)]
public sealed class StatisticsApiTests(SeedCorpusServer server)
{
    [Fact]
    public async Task MetricsListTheTaxonomyWithVietnameseLabels()
    {
        var body = await server.GetJsonAsync("/api/metrics");

        var metrics = body.GetProperty("metrics").EnumerateArray().ToDictionary(m => m.GetProperty("id").GetString()!, m => m.GetProperty("label").GetString());
        Assert.Equal("Đảng viên hoàn thành tốt nhiệm vụ trở lên", metrics["members.rated_good_or_better_rate"]);
        Assert.Equal("Tổng số đảng viên", metrics["members.total"]);
        Assert.Equal("Khác", metrics["other"]);
    }

    [Fact]
    public async Task EveryRecordCarriesItsArticleAndExactOffsets()
    {
        var body = await server.GetJsonAsync("/api/statistics?size=500");

        var records = Records(body);
        Assert.Equal(body.GetProperty("total").GetInt32(), records.Count);
        var texts = new Dictionary<string, string>();
        foreach (var r in records.Where(r => !r.GetProperty("derived").GetBoolean()))
        {
            var id = r.GetProperty("documentId").GetString()!;
            if (!texts.TryGetValue(id, out var text))
            {
                text = texts[id] = (await server.GetJsonAsync("/api/documents/" + id)).GetProperty("text").GetString()!;
            }

            Assert.Equal(r.GetProperty("text").GetString(), text[r.GetProperty("start").GetInt32()..r.GetProperty("end").GetInt32()]);
            Assert.False(string.IsNullOrEmpty(r.GetProperty("title").GetString()));
            Assert.False(string.IsNullOrEmpty(r.GetProperty("published").GetString()));
            Assert.NotEqual(JsonValueKind.Null, r.GetProperty("locality").ValueKind);
            Assert.InRange(r.GetProperty("confidence").GetDouble(), 0, 1);
        }

        Assert.Equal(5, records.Select(r => r.GetProperty("documentId").GetString()).Distinct().Count());
    }

    [Fact]
    public async Task ListingIsNewestArticleFirst()
    {
        var body = await server.GetJsonAsync("/api/statistics?size=500");

        var published = Records(body).Select(r => r.GetProperty("published").GetString()![..10]).ToList();
        Assert.Equal(published.OrderDescending(StringComparer.Ordinal), published);
    }

    [Fact]
    public async Task MetricFilterKeepsOnlyThatMetricAndItsDerivedFigures()
    {
        var body = await server.GetJsonAsync("/api/statistics?metric=members.rated_good_or_better_rate");

        var records = Records(body);
        Assert.All(records, r => Assert.Equal("members.rated_good_or_better_rate", r.GetProperty("metric").GetString()));
        Assert.Equal([85m, 88m, 93.27m], records.Select(r => r.GetProperty("value").GetDecimal()).Order());
        Assert.Single(records, r => r.GetProperty("derived").GetBoolean());
    }

    [Theory]
    [InlineData("locality=B%E1%BA%BFn%20Tre", "004")]
    [InlineData("locality=ben%20tre", "004")]
    [InlineData("province=H%C3%A0%20N%E1%BB%99i", "002")]
    [InlineData("year=2020", "001")]
    [InlineData("from=2022-01-01&to=2022-12-31", "003")]
    public async Task FiltersNarrowToTheMatchingArticle(string filter, string seed)
    {
        var body = await server.GetJsonAsync("/api/statistics?size=500&" + filter);

        var ids = Records(body).Select(r => r.GetProperty("documentId").GetString()).Distinct().ToList();
        Assert.Equal([SeedCorpusServer.IdOf(seed)], ids);
    }

    [Theory]
    [InlineData("2015")]
    [InlineData("2018")]
    [InlineData("2010-2012")]
    public async Task PeriodFilterKeepsOnlyFiguresWhosePeriodOverlapsIt(string asked)
    {
        var all = Records(await server.GetJsonAsync("/api/statistics?size=500"));
        var body = await server.GetJsonAsync("/api/statistics?size=500&period=" + asked);

        var records = Records(body);
        Assert.True(StatisticPeriod.TryParse(asked, out var period));
        var expected = all.Where(r => StatisticPeriod.TryParse(r.GetProperty("period").GetString(), out var covered) && covered.Overlaps(period)).Select(Key).ToList();
        Assert.NotEmpty(expected);
        Assert.True(expected.Count < all.Count, "some figures of the seeds lie outside the period or have none");
        Assert.Equal(expected, records.Select(Key));
        Assert.Equal(expected.Count, body.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task PeriodIsTheFiguresTimeNotThePublicationYear()
    {
        // Yên Lạc's 91% covers the ten years to its publication (2009–2019); published in 2019, it is in period 2012.
        var inPeriod = Records(await server.GetJsonAsync("/api/statistics?size=500&locality=Yên Lạc&period=2012"));
        var published = Records(await server.GetJsonAsync("/api/statistics?size=500&locality=Yên Lạc&year=2012"));

        Assert.Contains(inPeriod, r => r.GetProperty("value").GetDecimal() == 91m && r.GetProperty("period").GetString() == "2009–2019");
        Assert.Empty(published);
    }

    [Fact]
    public async Task ProvinceFilterFindsBothDistrictsOfVinhPhuc()
    {
        var body = await server.GetJsonAsync("/api/statistics?size=500&province=vinh%20phuc&metric=members.rated_good_or_better_rate");

        var names = Records(body).Select(r => r.GetProperty("locality").GetProperty("name").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(["Sông Lô", "Yên Lạc"], names);
    }

    [Fact]
    public async Task PagesPartitionTheListing()
    {
        var all = Records(await server.GetJsonAsync("/api/statistics?size=500"));
        var first = await server.GetJsonAsync("/api/statistics?size=7&page=1");
        var second = await server.GetJsonAsync("/api/statistics?size=7&page=2");

        Assert.Equal(all.Count, first.GetProperty("total").GetInt32());
        Assert.Equal(7, first.GetProperty("size").GetInt32());
        Assert.Equal(2, second.GetProperty("page").GetInt32());
        var paged = Records(first).Concat(Records(second)).Select(Key).ToList();
        Assert.Equal(all.Take(14).Select(Key), paged);
    }

    [Fact]
    public async Task CsvHasOneRowPerRecordAndParsesBack()
    {
        var json = Records(await server.GetJsonAsync("/api/statistics?size=500&locality=Yên Lạc"));
        using var response = await server.Http.GetAsync(new Uri("/api/statistics?size=500&locality=Yên Lạc&format=csv", UriKind.Relative));

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var rows = CsvRows.Parse(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(json.Count, rows.Count);
        Assert.Equal(json.Select(r => r.GetProperty("sentence").GetString()), rows.Select(r => r["sentence"]));
        Assert.Contains(rows, r => r["value"] == "91" && r["qualifier"] == "over" && r["period"] == "2009–2019");
        Assert.All(rows, r => Assert.Equal("huyện Yên Lạc", r["locality"]));
    }

    [Theory]
    [InlineData("000", "91:over 100:exact 85:exact 90:over 90:over")]
    [InlineData("001", "94.2:average 88:over")]
    [InlineData("002", "100:exact 90:exact 85:average 100:exact")]
    [InlineData("003", "")]
    [InlineData("004", "19.64:exact 80.35:exact 16.28:exact 76.99:exact")]
    public async Task ListingHasEveryAcceptancePercentageOnceWithItsQualifier(string seed, string expected)
    {
        var body = await server.GetJsonAsync("/api/statistics?size=500");

        var found = Records(body)
            .Where(r => r.GetProperty("documentId").GetString() == SeedCorpusServer.IdOf(seed) && r.GetProperty("kind").GetString() == "percentage" && !r.GetProperty("derived").GetBoolean())
            .Select(r => $"{r.GetProperty("value").GetDecimal().ToString(CultureInfo.InvariantCulture)}:{r.GetProperty("qualifier").GetString()}")
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal), found);
    }

    [Fact]
    public async Task CsvWithoutPagingIsTheWholeListing()
    {
        var total = (await server.GetJsonAsync("/api/statistics?size=1")).GetProperty("total").GetInt32();
        using var response = await server.Http.GetAsync(new Uri("/api/statistics?format=csv", UriKind.Relative));

        Assert.True(total > 50, "the seeds give more records than a default page");
        Assert.Equal(total, CsvRows.Parse(await response.Content.ReadAsByteArrayAsync()).Count);
        Assert.Equal("statistics.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
    }

    [Theory]
    [InlineData("metric=members.favourite_colour", "metric")]
    [InlineData("year=19", "year")]
    [InlineData("from=yesterday", "from")]
    [InlineData("from=2020-01-01&to=2019-01-01", "to")]
    [InlineData("page=0", "page")]
    [InlineData("size=100000", "size")]
    [InlineData("format=xml", "format")]
    [InlineData("period=last%20year", "period")]
    [InlineData("period=2020-2015", "period")]
    public async Task BadParameterIsAValidationProblemNamingIt(string query, string parameter)
    {
        using var response = await server.Http.GetAsync(new Uri("/api/statistics?" + query, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
    }

    private static List<JsonElement> Records(JsonElement body) => [.. body.GetProperty("records").EnumerateArray()];

    private static string Key(JsonElement r) => $"{r.GetProperty("documentId").GetString()}:{r.GetProperty("metric").GetString()}:{r.GetProperty("value").GetDecimal()}:{r.GetProperty("start")}";
}
