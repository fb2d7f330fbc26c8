using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ChiBo.Cli.Commands;
using ChiBo.Extract.Model;
using ChiBo.Extract.Statistics;
using ChiBo.Extract.Statistics.Metrics;
using ChiBo.Extract.Statistics.Metrics.Training;

namespace ChiBo.Cli.Bench;

/// <summary>
/// <c>chibo bench-metrics</c>: in one process, on the labelled set, times (1) one fit of the metric model with the
/// shipped card's trainer and features, (2) metric classification of every labelled statistic by the shipped model and
/// by the keyword baseline, statistics/s and their ratio, (3) statistic extraction of every labelled article with
/// either classifier, and prints the test-split F1 table of both.
/// </summary>
internal static class BenchMetricsCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var rounds = new Option<int>("--rounds") { Description = "Timed passes over the labelled statistics per classifier.", DefaultValueFactory = _ => 5 };
        var gold = new Option<string?>("--gold") { Description = "The labelled set (default: " + MetricTrainingPaths.GoldInRepository + ")." };
        var shared = new Option<string?>("--shared-data") { Description = "The shared data folder (default: ../shared/data beside the repository)." };
        var command = new Command("bench-metrics", "Benchmark metric model training and prediction against the keyword baseline.") { rounds, gold, shared };
        command.SetAction(parse =>
        {
            var paths = MetricTrainingPaths.Resolve(parse.GetValue(gold), parse.GetValue(shared), "unused.zip", error);
            return paths is null ? ChiboCommandLine.UsageError : Run(paths, Math.Max(1, parse.GetValue(rounds)), output, error);
        });
        return command;
    }

    private static int Run(MetricTrainingPaths paths, int rounds, TextWriter output, TextWriter error)
    {
        var model = MlMetricClassifier.LoadShipped(MetricTaxonomy.Default);
        if (model is null)
        {
            error.WriteLine("chibo: this build ships no metric model; run chibo train-metrics and rebuild.");
            return ChiboCommandLine.UsageError;
        }

        var set = LabelledStatisticSet.Load(paths.Gold);
        var texts = LabelledArticleTexts.Read(set, paths.Corpus, paths.SharedData);
        var train = LabelledExamples.For(set.Split(LabelledStatisticSet.Train), texts);
        var test = LabelledExamples.For(set.Split(LabelledStatisticSet.Test), texts);
        var written = LabelledExamples.Written(MetricTaxonomy.Default);
        var keyword = KeywordMetricClassifier.Default;
        output.WriteLine($"{Environment.ProcessorCount} cores, .NET {Environment.Version}; shared machine: read ratios, not absolute figures");

        var fit = Stopwatch.StartNew();
        MetricModelTrainer.Fit([.. train, .. written], model.Card);
        output.WriteLine(Line($"training, one fit ({model.Card.Trainer}, {model.Card.Features}) on {train.Count + written.Count} examples: {fit.Elapsed.TotalSeconds:F2} s"));

        var evidence = train.Concat(test).Select(e => e.Evidence).ToList();
        var ours = Throughput(model, evidence, rounds);
        var rules = Throughput(keyword, evidence, rounds);
        output.WriteLine(Line($"prediction, model:   {ours:F0} statistics/s ({evidence.Count} statistics x {rounds}, 1 thread)"));
        output.WriteLine(Line($"prediction, keyword: {rules:F0} statistics/s"));
        output.WriteLine(Line($"prediction throughput ratio model/keyword: {ours / rules:F3}"));

        var articles = texts.Values.ToList();
        var withModel = ExtractionRate(new StatisticExtractor(model), articles, rounds);
        var withRules = ExtractionRate(new StatisticExtractor(keyword), articles, rounds);
        output.WriteLine(Line($"extraction with model:   {withModel:F1} articles/s ({articles.Count} labelled articles x {rounds})"));
        output.WriteLine(Line($"extraction with keyword: {withRules:F1} articles/s; ratio model/keyword {withModel / withRules:F3}"));

        var modelScores = MetricScores.Score([.. test.Select(e => (e.Label.Metric, model.Classify(e.Evidence).Metric))]);
        var keywordScores = MetricScores.Score([.. test.Select(e => (e.Label.Metric, keyword.Classify(e.Evidence).Metric))]);
        output.WriteLine($"test split, {test.Count} labelled statistics:");
        output.Write(MetricScores.Table("model", modelScores, "keyword", keywordScores));
        return ChiboCommandLine.Success;
    }

    private static double Throughput(IMetricClassifier classifier, List<MetricEvidence> evidence, int rounds)
    {
        evidence.ForEach(e => classifier.Classify(e));
        var stopwatch = Stopwatch.StartNew();
        for (var r = 0; r < rounds; r++)
        {
            evidence.ForEach(e => classifier.Classify(e));
        }

        return evidence.Count * rounds / stopwatch.Elapsed.TotalSeconds;
    }

    private static double ExtractionRate(StatisticExtractor extractor, List<string> articles, int rounds)
    {
        articles.ForEach(a => extractor.Extract(a, ArticleContext.None));
        var stopwatch = Stopwatch.StartNew();
        for (var r = 0; r < rounds; r++)
        {
            articles.ForEach(a => extractor.Extract(a, ArticleContext.None));
        }

        return articles.Count * rounds / stopwatch.Elapsed.TotalSeconds;
    }

    private static string Line(FormattableString line) => line.ToString(CultureInfo.InvariantCulture);
}
