using ChiBo.Cli.Commands;
using ChiBo.Cli.Tests.Support;
using ChiBo.TestSupport;

namespace ChiBo.Cli.Tests.Commands;

public sealed class TrainMetricsCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chibo-train-").FullName;

    [Fact]
    public async Task AMissingLabelledSetIsAUsageError()
    {
        var (code, _, error) = await Chibo.RunAsync(
            "train-metrics", "--gold", Path.Combine(_folder, "none.json"), "--shared-data", _folder, "--out", Path.Combine(_folder, "m.zip"));

        Assert.Equal(ChiboCommandLine.UsageError, code);
        Assert.Contains("no labelled set", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnArticleWhoseTextChangedSinceLabellingStopsTrainingBeforeAnythingIsWritten()
    {
        var seed = Path.GetFileName(RepositoryPaths.CorpusFile("000"));
        var gold = Path.Combine(_folder, "gold.json");
        await File.WriteAllTextAsync(gold, $$"""
            { "version": 1, "articles": [ { "source": "corpus", "id": "{{seed}}", "length": 1, "sha256": "00", "split": "train", "statistics": [] } ] }
            """);
        var model = Path.Combine(_folder, "m.zip");

        var (code, _, error) = await Chibo.RunAsync("train-metrics", "--gold", gold, "--shared-data", _folder, "--out", model);

        Assert.Equal(ChiboCommandLine.UsageError, code);
        Assert.Contains("changed since it was labelled", error, StringComparison.Ordinal);
        Assert.False(File.Exists(model));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
