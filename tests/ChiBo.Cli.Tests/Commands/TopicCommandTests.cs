using System.IO.Compression;
using System.Text.Json;
using ChiBo.Cli.Commands;
using ChiBo.Cli.Tests.Support;
using ChiBo.Extract.Topics;
using ChiBo.TestSupport;

namespace ChiBo.Cli.Tests.Commands;

public sealed class TopicCommandTests : IDisposable
{
    private readonly TempDataDirectory _data = new();

    [Fact]
    public async Task SearchTopicOptionKeepsOnlyArticlesOfThatTopic()
    {
        await Chibo.RunAsync("ingest", RepositoryPaths.Corpus, TopicArticles.Directory, "--data", _data.Path);

        var (code, output, _) = await Chibo.RunAsync("search", "", "--topic", "the thao", "--data", _data.Path, "--json");

        Assert.Equal(ChiboCommandLine.Success, code);
        var hits = JsonDocument.Parse(output).RootElement.GetProperty("hits");
        Assert.Equal(1, hits.GetArrayLength());
        Assert.StartsWith("Đội tuyển bóng đá", hits[0].GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchWithAnUnknownTopicIsAUsageError()
    {
        await Chibo.RunAsync("ingest", TopicArticles.Directory, "--data", _data.Path);

        var (code, _, _) = await Chibo.RunAsync("search", "", "--topic", "bóng đá", "--data", _data.Path);

        Assert.Equal(ChiboCommandLine.UsageError, code);
    }

    [Fact]
    public async Task TrainTopicsWritesAModelThatTheSameSeedReproduces()
    {
        var sample = SmallTrainSample(SharedData.Require(Path.Combine("vnnews", "vntc_sample_30k.jsonl.gz")));
        var first = Path.Combine(_data.Path, "first.zip");
        var second = Path.Combine(_data.Path, "second.zip");

        var (code, output, _) = await Chibo.RunAsync("train-topics", "--corpus", sample, "--output", first, "--seed", "7");
        await Chibo.RunAsync("train-topics", "--corpus", sample, "--output", second, "--seed", "7");

        Assert.Equal(ChiboCommandLine.Success, code);
        Assert.Contains("train split: 300 articles", output, StringComparison.Ordinal);
        var text = TopicText.Prepare("Đội tuyển thắng trận mở màn", File.ReadAllText(TopicArticles.File("the-thao")));
        Assert.Equal(TopicClassifier.Load(first).Probabilities(text), TopicClassifier.Load(second).Probabilities(text));
    }

    [Fact]
    public async Task TrainTopicsCrossValidatesEveryLearnerWhenAsked()
    {
        var sample = SmallTrainSample(SharedData.Require(Path.Combine("vnnews", "vntc_sample_30k.jsonl.gz")));

        var (code, output, _) = await Chibo.RunAsync("train-topics", "--corpus", sample, "--output", Path.Combine(_data.Path, "cv.zip"), "--cross-validate", "2");

        Assert.Equal(ChiboCommandLine.Success, code);
        foreach (var learner in Enum.GetNames<TopicTrainerKind>())
        {
            Assert.Contains(learner + ", 2-fold cross-validation", output, StringComparison.Ordinal);
        }

        Assert.Contains("articles 300, accuracy", output, StringComparison.Ordinal);
        Assert.Contains("confidence band", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TrainTopicsValidatesOnAHeldOutPartOfTheTrainSplitAndWritesNoModel()
    {
        var sample = SmallTrainSample(SharedData.Require(Path.Combine("vnnews", "vntc_sample_30k.jsonl.gz")));
        var model = Path.Combine(_data.Path, "validated.zip");

        var (code, output, _) = await Chibo.RunAsync("train-topics", "--corpus", sample, "--output", model, "--validate", "0.2");

        Assert.Equal(ChiboCommandLine.Success, code);
        Assert.Contains("validated on 60 held-out articles", output, StringComparison.Ordinal);
        Assert.Contains("articles 60, accuracy", output, StringComparison.Ordinal);
        Assert.Contains("confidence band", output, StringComparison.Ordinal);
        Assert.False(File.Exists(model));
    }

    [Fact]
    public async Task TrainTopicsWithAValidationFractionOfOneIsAUsageError()
    {
        var (code, _, _) = await Chibo.RunAsync("train-topics", "--validate", "1");

        Assert.Equal(ChiboCommandLine.UsageError, code);
    }

    [Fact]
    public async Task TrainTopicsWithoutTheCorpusIsAUsageError()
    {
        var (code, _, _) = await Chibo.RunAsync("train-topics", "--corpus", Path.Combine(_data.Path, "absent.jsonl.gz"), "--output", Path.Combine(_data.Path, "m.zip"));

        Assert.Equal(ChiboCommandLine.UsageError, code);
    }

    /// <summary>The first 300 train-split lines of the VNTC sample, gzipped into the temp folder (never the repo).</summary>
    private string SmallTrainSample(string vnnews)
    {
        var path = Path.Combine(_data.Path, "small.jsonl.gz");
        using var reader = new StreamReader(new GZipStream(File.OpenRead(vnnews), CompressionMode.Decompress));
        using var writer = new StreamWriter(new GZipStream(File.Create(path), CompressionLevel.Fastest));
        var kept = 0;
        while (kept < 300 && reader.ReadLine() is { } line)
        {
            if (line.Contains("\"split\": \"train\"", StringComparison.Ordinal))
            {
                writer.WriteLine(line);
                kept++;
            }
        }

        return path;
    }

    public void Dispose() => _data.Dispose();
}
