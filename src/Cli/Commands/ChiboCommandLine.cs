using System.CommandLine;
using ChiBo.Cli.Bench;

namespace ChiBo.Cli.Commands;

/// <summary>The verbs of <c>chibo</c> (api.md, Command line). Exit codes: 0 success, 1 some inputs failed, 2 usage error.</summary>
public static class ChiboCommandLine
{
    public const int Success = 0;
    public const int SomeInputsFailed = 1;
    public const int UsageError = 2;

    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        output ??= Console.Out;
        error ??= Console.Error;
        var root = new RootCommand("ChiBo.Analysis: ingest, search and analyse Vietnamese Party local news.")
        {
            IngestCommand.Create(output, error),
            SearchCommand.Create(output),
            ExtractCommand.Create(output),
            CompareCommand.Create(output, error),
            BenchCommand.Create(output),
            ExtractionBenchCommand.Create(output),
            TrainTopicsCommand.Create(output),
            TrainMetricsCommand.Create(output, error),
            BenchMetricsCommand.Create(output, error),
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors)
            {
                await error.WriteLineAsync("chibo: " + e.Message);
            }

            await error.WriteLineAsync("Try 'chibo --help'.");
            return UsageError;
        }

        return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
    }
}
