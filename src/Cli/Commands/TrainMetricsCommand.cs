using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ChiBo.Extract.Statistics;
using ChiBo.Extract.Statistics.Metrics;
using ChiBo.Extract.Statistics.Metrics.Training;

namespace ChiBo.Cli.Commands;

/// <summary>
/// <c>chibo train-metrics [--seed 42] [--out path]</c>: trains the metric model on the train split of the labelled
/// set and writes metric-model.zip and its card where the Extract build embeds them; prints the cross-validation
/// figures and the test-split macro-F1 next to the keyword baseline's. The same seed gives the same model.
/// </summary>
internal static class TrainMetricsCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var seed = new Option<int>("--seed") { Description = "Seed of every random choice in training.", DefaultValueFactory = _ => MetricModelTrainer.DefaultSeed };
        var @out = new Option<string?>("--out") { Description = "Model zip to write; its card goes beside it as .json (default: " + MetricTrainingPaths.ModelInRepository + ")." };
        var gold = new Option<string?>("--gold") { Description = "The labelled set (default: " + MetricTrainingPaths.GoldInRepository + ")." };
        var shared = new Option<string?>("--shared-data") { Description = "The shared data folder holding party-news/ and vnnews/ (default: ../shared/data beside the repository)." };
        var command = new Command("train-metrics", "Train the metric classifier on the labelled statistics and save it.") { seed, @out, gold, shared };
        command.SetAction(parse =>
        {
            var paths = MetricTrainingPaths.Resolve(parse.GetValue(gold), parse.GetValue(shared), parse.GetValue(@out), error);
            return paths is null ? ChiboCommandLine.UsageError : Run(paths, parse.GetValue(seed), output, error);
        });
        return command;
    }

    private static int Run(MetricTrainingPaths paths, int seed, TextWriter output, TextWriter error)
    {
        if (!File.Exists(paths.Gold))
        {
            error.WriteLine($"chibo: no labelled set at {paths.Gold}");
            return ChiboCommandLine.UsageError;
        }

        var set = LabelledStatisticSet.Load(paths.Gold);
        IReadOnlyDictionary<string, string> texts;
        try
        {
            texts = LabelledArticleTexts.Read(set, paths.Corpus, paths.SharedData);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            error.WriteLine("chibo: " + e.Message);
            return ChiboCommandLine.UsageError;
        }

        var training = LabelledExamples.For(set.Split(LabelledStatisticSet.Train), texts);
        var test = LabelledExamples.For(set.Split(LabelledStatisticSet.Test), texts);
        var stopwatch = Stopwatch.StartNew();
        var model = new MetricModelTrainer(seed).Train(training, LabelledExamples.Written(MetricTaxonomy.Default));
        var elapsed = stopwatch.Elapsed;
        var card = model.Card;
        model.Save(paths.Model);

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"trained on {training.Count} statistics and {card.WrittenExamples} written examples in {elapsed.TotalSeconds:F1} s (seed {seed}, {card.Folds}-fold cross-validation by article)"));
        foreach (var (trainer, f1) in card.CrossValidationMacroF1)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  cross-validation macro-F1 {trainer}: {f1:F3}"));
        }

        foreach (var (combination, f1) in card.CrossValidationMacroF1ByCombination)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  cross-validation macro-F1 {combination} (best threshold): {f1:F3}"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  keyword rules alone on the same figures: {card.RulesMacroF1:F3}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"chosen: {card.Trainer} with {card.Features}, {card.Combination}, threshold {card.Threshold:F2} (cross-validation macro-F1 {card.CrossValidationMacroF1AtThreshold:F3})"));
        var classifier = model.Classifier(MetricTaxonomy.Default);
        var ours = MetricScores.Score([.. test.Select(e => (e.Label.Metric, classifier.Classify(e.Evidence).Metric))]);
        var baseline = MetricScores.Score([.. test.Select(e => (e.Label.Metric, KeywordMetricClassifier.Default.Classify(e.Evidence).Metric))]);
        output.WriteLine($"test split, {test.Count} statistics:");
        output.Write(MetricScores.Table("model", ours, "keyword", baseline));
        output.WriteLine($"wrote {paths.Model} and {Path.ChangeExtension(paths.Model, ".json")}; rebuild to embed them.");
        return ChiboCommandLine.Success;
    }
}
