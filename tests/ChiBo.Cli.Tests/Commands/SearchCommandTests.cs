using System.Text.Json;
using ChiBo.Cli.Commands;
using ChiBo.Cli.Tests.Support;
using ChiBo.TestSupport;

namespace ChiBo.Cli.Tests.Commands;

public sealed class SearchCommandTests : IDisposable
{
    private readonly TempDataDirectory _data = new();

    [Fact]
    public async Task SearchPrintsTheApisJsonWithTheMatchingArticleFirst()
    {
        await Chibo.RunAsync("ingest", RepositoryPaths.Corpus, "--data", _data.Path);

        var (code, output, _) = await Chibo.RunAsync("search", "nghi quyet 06-nq/hu", "--data", _data.Path, "--json");

        Assert.Equal(ChiboCommandLine.Success, code);
        var result = JsonDocument.Parse(output).RootElement;
        Assert.StartsWith("Yên Lạc", result.GetProperty("hits")[0].GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FilterOptionsNarrowTheResults()
    {
        await Chibo.RunAsync("ingest", RepositoryPaths.Corpus, "--data", _data.Path);

        var (_, output, _) = await Chibo.RunAsync("search", "ủy ban kiểm tra", "--year", "2020", "--data", _data.Path, "--json");

        var hits = JsonDocument.Parse(output).RootElement.GetProperty("hits");
        Assert.Equal(1, hits.GetArrayLength());
        Assert.Contains("Sông Lô", hits[0].GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TableOutputListsTitlesAndTheMatchCount()
    {
        await Chibo.RunAsync("ingest", RepositoryPaths.Corpus, "--data", _data.Path);

        var (code, output, _) = await Chibo.RunAsync("search", "Kết luận 33-KL/ThU", "--data", _data.Path);

        Assert.Equal(ChiboCommandLine.Success, code);
        Assert.Contains("Hồng Lĩnh", output, StringComparison.Ordinal);
        Assert.Contains("articles match", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExtractJsonListsTheSeedsReferences()
    {
        var (code, output, _) = await Chibo.RunAsync("extract", RepositoryPaths.CorpusFile("002"), "--json");

        Assert.Equal(ChiboCommandLine.Success, code);
        var codes = JsonDocument.Parse(output).RootElement.GetProperty("references").EnumerateArray()
            .Select(r => r.GetProperty("code").GetString()).ToHashSet();
        Assert.Contains("11-ĐA/TU", codes);
        Assert.Contains("144-QĐ/TW", codes);
    }

    public void Dispose() => _data.Dispose();
}
