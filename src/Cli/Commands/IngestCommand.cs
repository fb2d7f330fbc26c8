using System.CommandLine;
using ChiBo.Index.Pipeline;
using ChiBo.Index.Storage;
using Spectre.Console;

namespace ChiBo.Cli.Commands;

/// <summary><c>chibo ingest PATH…</c>: files, folders, dumps, or - for NDJSON on stdin.</summary>
internal static class IngestCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore, Description = "Files, folders (recursive), .jsonl/.jsonl.gz dumps, or - for NDJSON on stdin." };
        var data = CommonOptions.Data();
        var commitEvery = new Option<int>("--commit-every") { Description = "Articles between commits: what a crash can cost to redo.", DefaultValueFactory = _ => 2000 };
        var threads = new Option<int>("--threads") { Description = "Threads that parse and analyse (the index writer is one more); 1 runs everything on one thread.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var command = new Command("ingest", "Ingest articles into the index.") { paths, data, commitEvery, threads };
        command.SetAction(parse => Run(parse.GetValue(paths) ?? [], CommonOptions.Settings(parse.GetValue(data)), Math.Max(1, parse.GetValue(commitEvery)), parse.GetValue(threads), output, error));
        return command;
    }

    private static int Run(string[] paths, ChiboSettings settings, int commitEvery, int threads, TextWriter output, TextWriter error)
    {
        if (threads < 1)
        {
            error.WriteLine("chibo: --threads must be at least 1.");
            return ChiboCommandLine.UsageError;
        }

        if (paths.FirstOrDefault(p => p.StartsWith("--", StringComparison.Ordinal)) is { } option)
        {
            error.WriteLine($"chibo: unknown option '{option}'. Try 'chibo ingest --help'.");
            return ChiboCommandLine.UsageError;
        }

        using var index = ArticleIndex.Open(settings.IndexDirectory);
        var pipeline = new IngestPipeline(index) { CommitEvery = commitEvery, Parallelism = threads };
        var previous = index.AnalysedBy;
        if (pipeline.ReanalyseIfStale() is { } reanalysed)
        {
            output.WriteLine($"re-analysed {reanalysed.Analysed} articles of the index (analysed by {previous ?? "an unrecorded build"}; this build is {AnalysisFingerprint.Current})");
            foreach (var (id, reason) in reanalysed.Failed)
            {
                error.WriteLine($"not analysed again, kept as it was: {id}: {reason}");
            }
        }

        var reports = new List<IngestReport>();
        var files = paths.Where(p => p != "-").ToList();
        if (paths.Contains("-"))
        {
            using var stdin = Console.OpenStandardInput();
            reports.Add(pipeline.IngestNdjson(stdin, "stdin"));
        }

        if (files.Count > 0)
        {
            reports.Add(IngestFiles(pipeline, files, output));
        }

        var created = reports.Sum(r => r.Created);
        var unchanged = reports.Sum(r => r.Unchanged);
        var failures = reports.SelectMany(r => r.Failures).ToList();
        foreach (var f in failures)
        {
            error.WriteLine($"failed: {f.Source}: {f.Error}");
        }

        var quarantine = new QuarantineList(settings.QuarantineFile);
        var quarantined = quarantine.Append(failures, DateTimeOffset.UtcNow);
        if (failures.Count > 0)
        {
            error.WriteLine($"{failures.Count} inputs failed ({quarantined} newly listed) in the quarantine list {quarantine.Path}");
        }

        var elapsed = TimeSpan.FromTicks(reports.Sum(r => r.Elapsed.Ticks));
        output.WriteLine(
            $"ingested {created} new, {unchanged} unchanged, {reports.Sum(r => r.Duplicates)} duplicates, " +
            $"{failures.Count} failed; {reports.Sum(r => r.FilesRead)} files read, {reports.Sum(r => r.FilesSkippedUnchanged)} unchanged files skipped, " +
            $"{reports.Sum(r => r.BytesRead) / 1048576.0:F1} MiB in {elapsed.TotalSeconds:F1} s; {index.Count} documents in the index");
        return failures.Count == 0 ? ChiboCommandLine.Success : ChiboCommandLine.SomeInputsFailed;
    }

    private static IngestReport IngestFiles(IngestPipeline pipeline, List<string> files, TextWriter output)
    {
        if (Console.IsOutputRedirected || !ReferenceEquals(output, Console.Out))
        {
            var lastLog = DateTime.MinValue;
            var log = new SynchronousProgress<IngestProgress>(p =>
            {
                if (p.CurrentFile is null || DateTime.UtcNow - lastLog > TimeSpan.FromSeconds(5))
                {
                    lastLog = DateTime.UtcNow;
                    output.WriteLine($"{p.FilesDone}/{p.FilesTotal} files, {p.BytesDone / 1048576.0:F1}/{p.BytesTotal / 1048576.0:F1} MiB, {p.Articles} articles, {p.Errors} errors");
                }
            });
            return pipeline.IngestPaths(files, progress: log);
        }

        IngestReport? report = null;
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("ingest", maxValue: 1);
                var started = DateTime.UtcNow;
                var bar = new SynchronousProgress<IngestProgress>(p =>
                {
                    task.MaxValue = Math.Max(1, p.BytesTotal);
                    task.Value = p.BytesDone;
                    var rate = p.Articles / Math.Max(0.001, (DateTime.UtcNow - started).TotalSeconds);
                    task.Description = $"{p.FilesDone}/{p.FilesTotal} files · {p.BytesDone / 1048576.0:F1} MiB · {rate:F0} articles/s · {p.Errors} errors";
                });
                report = pipeline.IngestPaths(files, progress: bar);
            });
        return report!;
    }
}
