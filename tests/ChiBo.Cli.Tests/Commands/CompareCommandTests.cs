using System.Text;
using System.Text.Json;
using ChiBo.Cli.Commands;
using ChiBo.Cli.Tests.Support;
using ChiBo.TestSupport;

namespace ChiBo.Cli.Tests.Commands;

public sealed class CompareCommandTests : IDisposable
{
    private const string GoodOrBetter = "members.rated_good_or_better_rate";
    private readonly TempDataDirectory _data = new();

    [Fact]
    public async Task JsonGivesTheApisRowsWithBenTreDerived()
    {
        await Chibo.RunAsync("ingest", RepositoryPaths.Corpus, "--data", _data.Path);

        var (code, output, _) = await Chibo.RunAsync("compare", "--metric", GoodOrBetter, "--format", "json", "--sort", "value", "--data", _data.Path);

        Assert.Equal(ChiboCommandLine.Success, code);
        var rows = JsonDocument.Parse(output).RootElement.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal([93.27m, 88m, 85m], rows.Select(r => r.GetProperty("value").GetDecimal()));
        Assert.Equal(["Bến Tre", "Sông Lô", "Yên Lạc"], rows.Select(r => r.GetProperty("locality").GetProperty("name").GetString()));
        Assert.True(rows[0].GetProperty("derived").GetBoolean());
        Assert.Equal("over", rows[1].GetProperty("qualifier").GetString());
    }

    [Fact]
    public async Task CsvParsesBackWithAStandardReader()
    {
        await Chibo.RunAsync("ingest", RepositoryPaths.Corpus, "--data", _data.Path);

        var (code, output, _) = await Chibo.RunAsync("compare", "--metric", GoodOrBetter, "--format", "csv", "--data", _data.Path);

        Assert.Equal(ChiboCommandLine.Success, code);
        var rows = CsvRows.Parse(Encoding.UTF8.GetBytes(output));
        Assert.Equal(["thành phố Bến Tre", "huyện Sông Lô", "huyện Yên Lạc"], rows.Select(r => r["locality"]));
        Assert.Equal(["true", "false", "false"], rows.Select(r => r["derived"]));
    }

    [Fact]
    public async Task TableShowsQualifierAndDerivation()
    {
        await Chibo.RunAsync("ingest", RepositoryPaths.Corpus, "--data", _data.Path);

        var (code, output, _) = await Chibo.RunAsync("compare", "--metric", GoodOrBetter, "--data", _data.Path);

        Assert.Equal(ChiboCommandLine.Success, code);
        Assert.Contains("over 88%", output, StringComparison.Ordinal);
        Assert.Contains("derived: 16.28% + 76.99%", output, StringComparison.Ordinal);
        Assert.Contains("3 rows.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PeriodKeepsOnlyTheFiguresCoveringIt()
    {
        await Chibo.RunAsync("ingest", RepositoryPaths.Corpus, "--data", _data.Path);

        var (code, output, _) = await Chibo.RunAsync("compare", "--metric", GoodOrBetter, "--format", "json", "--period", "2019", "--data", _data.Path);

        Assert.Equal(ChiboCommandLine.Success, code);
        var row = Assert.Single(JsonDocument.Parse(output).RootElement.GetProperty("rows").EnumerateArray());
        Assert.Equal("2009–2019", row.GetProperty("period").GetString());
    }

    [Fact]
    public async Task MalformedPeriodIsAUsageError()
    {
        var (code, _, error) = await Chibo.RunAsync("compare", "--metric", GoodOrBetter, "--period", "last-year", "--data", _data.Path);

        Assert.Equal(ChiboCommandLine.UsageError, code);
        Assert.Contains("--period", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownMetricIsAUsageError()
    {
        var (code, _, error) = await Chibo.RunAsync("compare", "--metric", "members.favourite_colour", "--data", _data.Path);

        Assert.Equal(ChiboCommandLine.UsageError, code);
        Assert.Contains("unknown metric", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingMetricIsAUsageError()
    {
        var (code, _, _) = await Chibo.RunAsync("compare", "--data", _data.Path);

        Assert.Equal(ChiboCommandLine.UsageError, code);
    }

    public void Dispose() => _data.Dispose();
}
