using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ChiBo.Extract.Topics;

namespace ChiBo.Cli.Commands;

/// <summary>
/// <c>chibo train-topics</c>: trains the topic model on the train split of the VNTC sample and writes the zip that
/// ChiBo.Extract embeds (rebuild to ship it). With --cross-validate, first compares the learners by k-fold
/// cross-validation on the train split and prints how accuracy varies with confidence (how the threshold is chosen).
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
        var command = new Command("train-topics", "Train the VNTC topic classifier on the train split.") { seed, corpus, target, trainer, folds };
        command.SetAction(parse => Run(parse.GetValue(corpus)!, parse.GetValue(target)!, parse.GetValue(seed), parse.GetValue(trainer), parse.GetValue(folds), output));
        return command;
    }

    private static int Run(string corpus, string target, int seed, TopicTrainerKind trainer, int folds, TextWriter output)
    {
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
                CrossValidate(train, new TopicModelOptions { Trainer = kind, Seed = seed }, folds, output);
            }
        }

        var stopwatch = Stopwatch.StartNew();
        new TopicModelTrainer(new TopicModelOptions { Trainer = trainer, Seed = seed }).TrainAndSave(train, target);
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"trained {trainer} in {stopwatch.Elapsed.TotalSeconds:F1} s; wrote {target} ({new FileInfo(target).Length / 1048576.0:F2} MiB). Rebuild to embed it."));
        return ChiboCommandLine.Success;
    }

    private static void CrossValidate(IReadOnlyList<LabelledArticle> train, TopicModelOptions options, int folds, TextWriter output)
    {
        var stopwatch = Stopwatch.StartNew();
        var scored = new TopicModelTrainer(options).CrossValidate(train, folds);
        var predictions = scored.Select(s => (s.Truth, Closest: VntcTopics.All[ArgMax(s.Scores)], Confidence: s.Scores.Max())).ToList();
        var evaluation = new TopicEvaluation(predictions.Select(p => (p.Truth, p.Closest)));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{options.Trainer}, {folds}-fold cross-validation ({stopwatch.Elapsed.TotalSeconds:F0} s):"));
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
