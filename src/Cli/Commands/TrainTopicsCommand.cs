using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ChiBo.Extract.Topics;

namespace ChiBo.Cli.Commands;

/// <summary>
/// <c>chibo train-topics</c>: trains the topic model on the train split of the VNTC sample and writes the zip that
/// ChiBo.Extract embeds (rebuild to ship it). With --cross-validate, first compares the learners by k-fold
/// cross-validation on the train split and prints how accuracy varies with confidence (how the threshold is chosen).
/// With --validate, scores the chosen learner on a seeded held-out part of the train split instead and writes no
/// model: options are chosen that way, never on the test split.
/// </summary>
internal static class TrainTopicsCommand
{
    public const string DefaultCorpus = "../shared/data/vnnews/vntc_sample_30k.jsonl.gz";
    public const string DefaultOutput = "src/Extract/Topics/Model/vntc-topics.zip";

    public static Command Create(TextWriter output)
    {
        var seed = new Option<int>("--seed") { Description = "Random seed; the same seed and data give the same model.", DefaultValueFactory = _ => 42 };
        var corpus = new Option<string>("--corpus") { Description = "The VNTC sample (.jsonl or .jsonl.gz).", DefaultValueFactory = _ => DefaultCorpus };
        var target = new Option<string>("--output") { Description = "Where to write the model zip.", DefaultValueFactory = _ => DefaultOutput };
        var trainer = new Option<TopicTrainerKind>("--trainer") { Description = "The learner.", DefaultValueFactory = _ => new TopicModelOptions().Trainer };
        var folds = new Option<int>("--cross-validate") { Description = "Compare all learners by this many folds of cross-validation first (0: skip).", DefaultValueFactory = _ => 0 };
        var validate = new Option<double>("--validate") { Description = "Hold out this fraction of the train split, report the learner on it and write no model (0: skip).", DefaultValueFactory = _ => 0 };
        var command = new Command("train-topics", "Train the VNTC topic classifier on the train split.") { seed, corpus, target, trainer, folds, validate };
        command.SetAction(parse => Run(
            parse.GetValue(corpus)!, parse.GetValue(target)!, TopicModelOptions.For(parse.GetValue(trainer)) with { Seed = parse.GetValue(seed) }, parse.GetValue(folds), parse.GetValue(validate), output));
        return command;
    }

    private static int Run(string corpus, string target, TopicModelOptions options, int folds, double validate, TextWriter output)
    {
        if (validate is < 0 or >= 1)
        {
            Console.Error.WriteLine("chibo: --validate takes a fraction below 1.");
            return ChiboCommandLine.UsageError;
        }

        if (!File.Exists(corpus))
        {
            Console.Error.WriteLine($"chibo: no such file: {corpus}");
            return ChiboCommandLine.UsageError;
        }

        var train = VntcSampleReader.Read(corpus, VntcSampleReader.TrainSplit).ToList();
        output.WriteLine($"train split: {train.Count} articles");
        if (folds >= 2)
        {
            foreach (var kind in Enum.GetValues<TopicTrainerKind>())
            {
                CrossValidate(train, TopicModelOptions.For(kind) with { Seed = options.Seed }, folds, output);
            }
        }

        var stopwatch = Stopwatch.StartNew();
        if (validate > 0)
        {
            var scored = new TopicModelTrainer(options).Validate(train, validate);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{options.Trainer}, validated on {scored.Count} held-out articles ({stopwatch.Elapsed.TotalSeconds:F0} s):"));
            Report(scored, output);
            return ChiboCommandLine.Success;
        }

        new TopicModelTrainer(options).TrainAndSave(train, target);
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"trained {options.Trainer} in {stopwatch.Elapsed.TotalSeconds:F1} s; wrote {target} ({new FileInfo(target).Length / 1048576.0:F2} MiB). Rebuild to embed it."));
        return ChiboCommandLine.Success;
    }

    private static void CrossValidate(IReadOnlyList<LabelledArticle> train, TopicModelOptions options, int folds, TextWriter output)
    {
        var stopwatch = Stopwatch.StartNew();
        var scored = new TopicModelTrainer(options).CrossValidate(train, folds);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{options.Trainer}, {folds}-fold cross-validation ({stopwatch.Elapsed.TotalSeconds:F0} s):"));
        Report(scored, output);
    }

    /// <summary>Accuracy and confusion of the closest topic, then its accuracy per confidence band (to set the threshold by).</summary>
    private static void Report(IReadOnlyList<(string Truth, float[] Scores)> scored, TextWriter output)
    {
        var predictions = scored.Select(s => (s.Truth, Closest: VntcTopics.All[ArgMax(s.Scores)], Confidence: s.Scores.Max())).ToList();
        var evaluation = new TopicEvaluation(predictions.Select(p => (p.Truth, p.Closest)));
        output.Write(evaluation.Report());
        output.WriteLine("  confidence band: articles, accuracy of the closest topic");
        for (var low = 0.0; low < 1.0; low += 0.1)
        {
            var band = predictions.Where(p => p.Confidence >= low && p.Confidence < low + 0.1).ToList();
            if (band.Count > 0)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  [{low:F1}, {low + 0.1:F1}): {band.Count,6}  {band.Count(p => p.Truth == p.Closest) / (double)band.Count:F3}"));
            }
        }
    }

    private static int ArgMax(float[] scores)
    {
        var best = 0;
        for (var i = 1; i < scores.Length; i++)
        {
            if (scores[i] > scores[best])
            {
                best = i;
            }
        }

        return best;
    }
}
