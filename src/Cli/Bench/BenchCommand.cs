using System.CommandLine;
using System.Diagnostics;
using ChiBo.Index.Pipeline;
using ChiBo.Index.Search;
using ChiBo.Index.Storage;

namespace ChiBo.Cli.Bench;

/// <summary>
/// <c>chibo bench</c>: in one process and one run, indexes the same texts with (a) plain Lucene.Net StandardAnalyzer
/// and (b) our whole pipeline (parse, extract, Vietnamese analysis, index), prints MiB/s for each and the ratio b/a,
/// then query latency p50/p99 and queries/s on both indexes, and the process's peak memory.
/// </summary>
internal static class BenchCommand
{
    private static readonly string[] Queries =
    [
        "Nghị quyết 06-NQ/HU", "nghi quyet 06-nq/hu", "144-QĐ/TƯ", "sinh hoạt chi bộ", "\"sinh hoạt chuyên đề\"",
        "đảng viên hoàn thành xuất sắc nhiệm vụ", "huyen uy song lo", "kinh tế", "bóng đá", "giáo dục",
        "tăng trưởng kinh tế", "Hà Nội", "chinh phu", "thị trường chứng khoán", "sức khỏe", "ủy ban kiểm tra",
    ];

    public static Command Create(TextWriter output)
    {
        var corpus = new Option<string[]>("--corpus")
        {
            Description = "NDJSON dumps (.jsonl or .jsonl.gz) to index instead of the replicated seeds; repeat for several.",
            AllowMultipleArgumentsPerToken = false,
        };
        var copies = new Option<int?>("--copies") { Description = "How many times to replicate the articles (default 400 for the seeds, 1 for --corpus)." };
        var limit = new Option<int>("--limit") { Description = "At most this many articles from each --corpus file.", DefaultValueFactory = _ => 30000 };
        var queries = new Option<int>("--queries") { Description = "Timed queries on each index.", DefaultValueFactory = _ => 2000 };
        var seeds = new Option<string>("--seeds") { Description = "The folder of seed articles.", DefaultValueFactory = _ => "corpus" };
        var extraction = new Option<string?>("--extraction") { Description = "Measure only reference and statistics extraction (MiB/s) on this NDJSON dump (.jsonl or .jsonl.gz)." };
        var oneThread = new Option<bool>("--one-thread") { Description = "Also index with the pipeline on one thread, to measure the parallel gain." };
        var command = new Command("bench", "Benchmark indexing and search against plain Lucene.Net.") { corpus, copies, limit, queries, seeds, extraction, oneThread };
        command.SetAction(parse =>
        {
            if (parse.GetValue(extraction) is { } dump)
            {
                ExtractionBench.Run(BenchCorpus.FromNdjson([dump], Math.Max(1, parse.GetValue(limit)), 1), output);
                return 0;
            }

            var paths = parse.GetValue(corpus) ?? [];
            var bench = paths.Length == 0
                ? BenchCorpus.FromSeeds(parse.GetValue(seeds)!, Math.Max(1, parse.GetValue(copies) ?? 400))
                : BenchCorpus.FromNdjson(paths, Math.Max(1, parse.GetValue(limit)), Math.Max(1, parse.GetValue(copies) ?? 1));
            Run(bench, Math.Max(10, parse.GetValue(queries)), parse.GetValue(oneThread), output);
            return 0;
        });
        return command;
    }

    private static void Run(BenchCorpus corpus, int queryCount, bool sequential, TextWriter output)
    {
        var work = System.IO.Directory.CreateTempSubdirectory("chibo-bench-").FullName;
        try
        {
            output.WriteLine($"corpus: {corpus.Description}, {corpus.Bytes / 1048576.0:F1} MiB of text; {Environment.ProcessorCount} cores; .NET {Environment.Version}");

            using var baseline = new PlainLuceneBaseline(Path.Combine(work, "baseline"));
            var a = Time(() => baseline.Index(corpus.Texts));

            using var index = ArticleIndex.Open(Path.Combine(work, "chibo"));
            IngestReport? report = null;
            var b = Time(() => report = new IngestPipeline(index).IngestNdjson(corpus.OpenNdjson(), "bench"));

            // The same pipeline on one thread: what preparing items in parallel gains on this machine.
            var c = TimeSpan.Zero;
            if (sequential)
            {
                using var single = ArticleIndex.Open(Path.Combine(work, "chibo-1"));
                c = Time(() => new IngestPipeline(single) { Parallelism = 1 }.IngestNdjson(corpus.OpenNdjson(), "bench"));
            }

            var mib = corpus.Bytes / 1048576.0;
            var aRate = mib / a.TotalSeconds;
            var bRate = mib / b.TotalSeconds;
            output.WriteLine($"(a) plain Lucene.Net StandardAnalyzer: {a.TotalSeconds:F2} s, {aRate:F2} MiB/s, {corpus.Texts.Count / a.TotalSeconds:F0} articles/s");
            output.WriteLine($"(b) ChiBo pipeline (parse+extract+index): {b.TotalSeconds:F2} s, {bRate:F2} MiB/s, {report!.Created / b.TotalSeconds:F0} articles/s ({report.Created} indexed, {report.Unchanged} exact and {report.Duplicates} near duplicates, {report.FailureCount} failed)");
            output.WriteLine($"indexing throughput ratio b/a: {bRate / aRate:F3}");
            if (sequential)
            {
                output.WriteLine($"(c) ChiBo pipeline on 1 thread: {c.TotalSeconds:F2} s, {mib / c.TotalSeconds:F2} MiB/s, {report.Created / c.TotalSeconds:F0} articles/s");
                output.WriteLine($"parallel gain b/c ({Environment.ProcessorCount} preparing threads vs 1): {c.TotalSeconds / b.TotalSeconds:F2}");
            }

            output.WriteLine($"peak working set after indexing: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MiB");

            var ours = MeasureQueries(q => index.Search(new SearchRequest { Query = q, Size = 10 }).Total, queryCount);
            var plain = MeasureQueries(baseline.Search, queryCount);
            output.WriteLine($"query latency, ours:     p50 {ours.P50Ms:F2} ms, p99 {ours.P99Ms:F2} ms, {ours.PerSecond:F0} queries/s (1 thread, {ours.Count} queries, snippets and facets included)");
            output.WriteLine($"query latency, baseline: p50 {plain.P50Ms:F2} ms, p99 {plain.P99Ms:F2} ms, {plain.PerSecond:F0} queries/s");
            output.WriteLine($"query p50 ratio ours/baseline: {ours.P50Ms / plain.P50Ms:F2}");
            output.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MiB");
        }
        finally
        {
            try
            {
                System.IO.Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
                // Leftover temp files do not invalidate the figures already printed.
            }
        }
    }

    private static TimeSpan Time(Action action)
    {
        var stopwatch = Stopwatch.StartNew();
        action();
        return stopwatch.Elapsed;
    }

    private static LatencyStats MeasureQueries(Func<string, int> search, int count)
    {
        foreach (var q in Queries)
        {
            search(q);
        }

        var millis = new List<double>(count);
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            search(Queries[i % Queries.Length]);
            millis.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        return LatencyStats.Of(millis, wall.Elapsed);
    }
}
