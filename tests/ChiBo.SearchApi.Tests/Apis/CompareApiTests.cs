using System.Globalization;
using System.Net;
using System.Text.Json;
using ChiBo.SearchApi.Tests.Support;
using ChiBo.TestSupport;


namespace ChiBo.SearchApi.Tests.Apis;

/// <summary>GET /api/compare over the seed corpus, through the real server and index (statistics.md §5).</summary>
[Collection(SeedCorpusCollection.Name)]
public sealed class CompareApiTests(SeedCorpusServer server)
{
    private const string GoodOrBetter = "members.rated_good_or_better_rate";

    [Fact]
    public async Task GoodOrBetterRateComparesYenLacSongLoAndADerivedBenTre()
    {
        var body = await server.GetJsonAsync("/api/compare?metric=" + GoodOrBetter);

        Assert.Equal(GoodOrBetter, body.GetProperty("metric").GetString());
        Assert.Equal("Đảng viên hoàn thành tốt nhiệm vụ trở lên", body.GetProperty("label").GetString());
        var rows = body.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("locality").GetProperty("name").GetString()!);
        Assert.Equal(["Bến Tre", "Sông Lô", "Yên Lạc"], rows.Keys.Order(StringComparer.Ordinal));

        var yenLac = rows["Yên Lạc"];
        Assert.Equal(85m, yenLac.GetProperty("value").GetDecimal());
        Assert.Equal("exact", yenLac.GetProperty("qualifier").GetString());
        Assert.False(yenLac.GetProperty("derived").GetBoolean());
        Assert.Contains("85% đảng viên hoàn thành tốt nhiệm vụ trở lên", yenLac.GetProperty("sentence").GetString(), StringComparison.Ordinal);
        Assert.Equal(SeedCorpusServer.IdOf("000"), yenLac.GetProperty("documentId").GetString());

        var songLo = rows["Sông Lô"];
        Assert.Equal(88m, songLo.GetProperty("value").GetDecimal());
        Assert.Equal("over", songLo.GetProperty("qualifier").GetString());
        Assert.False(songLo.GetProperty("derived").GetBoolean());

        var benTre = rows["Bến Tre"];
        Assert.Equal(93.27m, benTre.GetProperty("value").GetDecimal());
        Assert.True(benTre.GetProperty("derived").GetBoolean());
        Assert.Equal("sum", benTre.GetProperty("derivation").GetString());
        Assert.Equal("2018", benTre.GetProperty("period").GetString());
        var sources = benTre.GetProperty("derivedFrom").EnumerateArray().ToList();
        Assert.Equal([16.28m, 76.99m], sources.Select(s => s.GetProperty("value").GetDecimal()).Order());
        Assert.All(sources, s => Assert.Equal("%", s.GetProperty("unit").GetString()));
        Assert.Equal(JsonValueKind.Null, benTre.GetProperty("start").ValueKind);
    }

    [Fact]
    public async Task DerivedSourcesPointAtTheirOwnWordsInTheArticle()
    {
        var body = await server.GetJsonAsync("/api/compare?metric=" + GoodOrBetter);
        var doc = await server.GetJsonAsync("/api/documents/" + SeedCorpusServer.IdOf("004"));
        var text = doc.GetProperty("text").GetString()!;

        var benTre = body.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("derived").GetBoolean());
        foreach (var source in benTre.GetProperty("derivedFrom").EnumerateArray())
        {
            var start = source.GetProperty("start").GetInt32();
            var end = source.GetProperty("end").GetInt32();
            Assert.Equal(source.GetProperty("text").GetString(), text[start..end]);
        }
    }

    [Fact]
    public async Task AReportedFigureOfARatedPartIsNotCountedAgainAsItsFraction()
    {
        var body = await server.GetJsonAsync("/api/compare?metric=members.rated_excellent_rate");

        var row = Assert.Single(body.GetProperty("rows").EnumerateArray());
        Assert.Equal(16.28m, row.GetProperty("value").GetDecimal());
        Assert.Equal(857m, row.GetProperty("numerator").GetDecimal());
        Assert.Equal(5262m, row.GetProperty("denominator").GetDecimal());
        Assert.Equal("consistent", row.GetProperty("consistency").GetString());
    }

    [Fact]
    public async Task AttendanceRateKeepsItsOverQualifier()
    {
        var body = await server.GetJsonAsync("/api/compare?metric=members.meeting_attendance_rate");

        var yenLac = body.GetProperty("rows").EnumerateArray().Where(r => r.GetProperty("locality").GetProperty("name").GetString() == "Yên Lạc").ToList();
        Assert.NotEmpty(yenLac);
        Assert.All(yenLac, r => Assert.Equal("over", r.GetProperty("qualifier").GetString()));
        Assert.Contains(yenLac, r => r.GetProperty("value").GetDecimal() == 91m);
    }

    [Theory]
    [InlineData("value")]
    [InlineData("locality")]
    [InlineData("period")]
    public async Task RowsComeInTheRequestedOrder(string sort)
    {
        var body = await server.GetJsonAsync($"/api/compare?metric={GoodOrBetter}&sort={sort}");

        var names = body.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("locality").GetProperty("name").GetString()).ToList();
        string[] expected = sort switch
        {
            "value" => ["Bến Tre", "Sông Lô", "Yên Lạc"],
            "locality" => ["Bến Tre", "Sông Lô", "Yên Lạc"],
            // Periods sort as text; Sông Lô's figure gives no period and comes last.
            _ => ["Yên Lạc", "Bến Tre", "Sông Lô"],
        };
        Assert.Equal(expected, names);
        Assert.Equal(sort, body.GetProperty("sort").GetString());
    }

    [Fact]
    public async Task ValueOrderIsHighestFirst()
    {
        var body = await server.GetJsonAsync($"/api/compare?metric={GoodOrBetter}&sort=value");

        var values = body.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("value").GetDecimal()).ToList();
        Assert.Equal(values.OrderDescending(), values);
    }

    [Fact]
    public async Task CsvParsesBackWithAStandardReaderIntoTheSameRows()
    {
        var json = await server.GetJsonAsync("/api/compare?metric=" + GoodOrBetter);
        using var response = await server.Http.GetAsync(new Uri($"/api/compare?metric={GoodOrBetter}&format=csv", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal($"{GoodOrBetter}.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.False(bytes.AsSpan().StartsWith((byte[])[0xEF, 0xBB, 0xBF]), "no byte order mark");

        var rows = CsvRows.Parse(bytes);
        var expected = json.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(expected.Count, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.Equal(expected[i].GetProperty("value").GetDecimal(), decimal.Parse(rows[i]["value"], CultureInfo.InvariantCulture));
            Assert.Equal(expected[i].GetProperty("qualifier").GetString(), rows[i]["qualifier"]);
            Assert.Equal(expected[i].GetProperty("sentence").GetString(), rows[i]["sentence"]);
            Assert.Equal(expected[i].GetProperty("documentId").GetString(), rows[i]["documentId"]);
            Assert.Equal(expected[i].GetProperty("derived").GetBoolean() ? "true" : "false", rows[i]["derived"]);
        }

        var benTre = rows.Single(r => r["derived"] == "true");
        Assert.Equal("thành phố Bến Tre", benTre["locality"]);
        Assert.Equal("Bến Tre", benTre["province"]);
        Assert.Equal("16.28% + 76.99%", benTre["derivedFrom"]);
        Assert.Equal("%", benTre["unit"]);
    }

    [Theory]
    [InlineData("2019", "Yên Lạc")]
    [InlineData("2018", "Bến Tre,Yên Lạc")]
    [InlineData("2020-2025", "")]
    public async Task PeriodKeepsTheLocalitiesWhoseFigureCoversIt(string period, string expected)
    {
        var body = await server.GetJsonAsync($"/api/compare?metric={GoodOrBetter}&period={period}");

        var names = body.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("locality").GetProperty("name").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(expected.Split(',', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal), names);
    }

    [Fact]
    public async Task MissingMetricIsAValidationProblem()
    {
        var problem = await ProblemAsync("/api/compare", HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("metric", out _));
    }

    [Fact]
    public async Task UnknownMetricIsNotFound()
    {
        var problem = await ProblemAsync("/api/compare?metric=members.favourite_colour", HttpStatusCode.NotFound);

        Assert.Contains("members.favourite_colour", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sort=size", "sort")]
    [InlineData("sort=1", "sort")]
    [InlineData("format=xlsx", "format")]
    [InlineData("period=2019-19", "period")]
    public async Task BadParameterIsAValidationProblemNamingIt(string query, string parameter)
    {
        var problem = await ProblemAsync($"/api/compare?metric={GoodOrBetter}&{query}", HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _));
    }

    private async Task<JsonElement> ProblemAsync(string url, HttpStatusCode status)
    {
        using var response = await server.Http.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}
