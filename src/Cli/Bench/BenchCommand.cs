using System.CommandLine;

namespace ChiBo.Cli.Bench;

/// <summary><c>chibo bench</c>: indexing throughput against plain Lucene, query latency, peak memory (BENCHMARKS.md).</summary>
internal static class BenchCommand
{
    public static Command Create(TextWriter output)
    {
        var command = new Command("bench", "Run the benchmark.");
        command.SetAction(_ =>
        {
            output.WriteLine("not yet");
            return 0;
        });
        return command;
    }
}
