using System.Diagnostics;
using ChiBo.Cli.Tests.Support;
using ChiBo.Index.Storage;

namespace ChiBo.Cli.Tests.Commands;

/// <summary>
/// kill -9 in the middle of a batch, then the same command again: the index opens and every article is there
/// exactly once. The batch runs in a real child process, killed at several points of its progress.
/// </summary>
public sealed class CrashSafetyTests : IDisposable
{
    private const int Articles = 300;
    private readonly ArticleFolder _articles = new();

    public CrashSafetyTests() => _articles.WriteArticles(Articles);

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(8)]
    [InlineData(15)]
    public async Task KilledBatchRerunLeavesEveryArticleExactlyOnce(int killAfterCommits)
    {
        using var data = new TempDataDirectory();

        var killed = await RunAndKillAfterCommits(data, killAfterCommits);
        using (var afterKill = ArticleIndex.Open(data.IndexPath))
        {
            Assert.InRange(afterKill.Count, 0, Articles);
        }

        var (code, output, error) = await Chibo.RunAsync("ingest", _articles.Path, "--data", data.Path, "--commit-every", "10");

        Assert.True(code == 0, $"re-run exit {code}: {output} {error}");
        using var index = ArticleIndex.Open(data.IndexPath);
        Assert.Equal(Articles, index.Count);
        Assert.Equal(Articles, index.SourceHashes().Count);
        TestContext.Current.SendDiagnosticMessage($"kill after {killAfterCommits} commits: killed={killed}, re-run: {output.Trim()}");
    }

    [Theory]
    [InlineData(2)]
    [InlineData(9)]
    public async Task KilledDumpRerunReadsTheRestOfTheDump(int killAfterCommits)
    {
        using var data = new TempDataDirectory();
        using var dumpFolder = new ArticleFolder();
        var lines = Directory.EnumerateFiles(_articles.Path, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => System.Text.Json.JsonSerializer.Serialize(new { text = File.ReadAllText(f) }));
        dumpFolder.WriteBytes("dump.jsonl", System.Text.Encoding.UTF8.GetBytes(string.Join('\n', lines)));

        var killed = await RunAndKillAfterCommits(data, killAfterCommits, dumpFolder.Path);
        var (code, output, error) = await Chibo.RunAsync("ingest", dumpFolder.Path, "--data", data.Path, "--commit-every", "10");

        Assert.True(code == 0, $"re-run exit {code}: {output} {error}");
        using var index = ArticleIndex.Open(data.IndexPath);
        Assert.Equal(Articles, index.Count);
        TestContext.Current.SendDiagnosticMessage($"dump killed after {killAfterCommits} commits: killed={killed}, re-run: {output.Trim()}");
    }

    /// <summary>Starts chibo ingest in a child process and SIGKILLs it once the index has seen enough commits.</summary>
    private async Task<bool> RunAndKillAfterCommits(TempDataDirectory data, int commits, string? input = null)
    {
        var chibo = Path.Combine(AppContext.BaseDirectory, "chibo.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { chibo, "ingest", input ?? _articles.Path, "--data", data.Path, "--commit-every", "10" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(120);
        while (!process.HasExited && DateTime.UtcNow < deadline)
        {
            if (CommitsSeen(data.IndexPath) >= commits)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
                return true;
            }

            await Task.Delay(5);
        }

        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
        return false;
    }

    /// <summary>Lucene writes segments_N per commit; N counts commits in base 36.</summary>
    private static long CommitsSeen(string indexPath)
    {
        if (!Directory.Exists(indexPath))
        {
            return 0;
        }

        return Directory.EnumerateFiles(indexPath, "segments_*")
            .Select(f => Path.GetFileName(f)["segments_".Length..])
            .Select(n => n.Aggregate(0L, (acc, c) => (acc * 36) + (char.IsDigit(c) ? c - '0' : char.ToLowerInvariant(c) - 'a' + 10)))
            .DefaultIfEmpty(0)
            .Max();
    }

    public void Dispose() => _articles.Dispose();
}
