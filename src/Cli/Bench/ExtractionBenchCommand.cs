using System.CommandLine;
using System.Diagnostics;
using System.IO.Compression;
using AngleSharp.Html.Parser;
using ChiBo.Ingest.Html;
using ChiBo.Ingest.Sources;

namespace ChiBo.Cli.Bench;

/// <summary>
/// <c>chibo bench-extract</c>: main-text extraction speed on saved pages (.html, .htm, .html.gz), in one process and
/// one run: (a) SmartReader alone as the baseline, (b) our extractor (parse, SmartReader pick, cleaning, fallbacks);
/// prints pages/s and characters/s for each and the ratio b/a. Quality is the evaluation test's business, not this verb's.
/// </summary>
internal static class ExtractionBenchCommand
{
    public static Command Create(TextWriter output)
    {
        var pages = new Option<string>("--pages") { Description = "A folder of saved pages.", DefaultValueFactory = _ => Path.Combine("..", "shared", "data", "extraction-benchmark", "html") };
        var rounds = new Option<int>("--rounds") { Description = "Timed passes over the pages, after one warm-up pass.", DefaultValueFactory = _ => 3 };
        var command = new Command("bench-extract", "Benchmark HTML main-text extraction against SmartReader alone.") { pages, rounds };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(pages)!;
            if (!System.IO.Directory.Exists(folder))
            {
                parse.InvocationConfiguration.Error.WriteLine($"chibo: no folder of pages at {folder}");
                return 2;
            }

            Run(Load(folder), Math.Max(1, parse.GetValue(rounds)), output);
            return 0;
        });
        return command;
    }

    private static List<string> Load(string folder)
    {
        var pages = new List<string>();
        foreach (var path in System.IO.Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            byte[] bytes;
            if (path.EndsWith(".html.gz", StringComparison.OrdinalIgnoreCase))
            {
                using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
                using var buffer = new MemoryStream();
                gzip.CopyTo(buffer);
                bytes = buffer.ToArray();
            }
            else if (path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase))
            {
                bytes = File.ReadAllBytes(path);
            }
            else
            {
                continue;
            }

            if (TextDecoder.TryDecode(bytes, lookForMetaCharset: true, out var html, out _, out _))
            {
                pages.Add(html);
            }
        }

        return pages;
    }

    private static void Run(List<string> pages, int rounds, TextWriter output)
    {
        var mib = pages.Sum(p => (long)p.Length) / 1048576.0;
        output.WriteLine($"pages: {pages.Count}, {mib:F1} Mi characters of HTML; {rounds} timed rounds after a warm-up; {Environment.ProcessorCount} cores; .NET {Environment.Version}");
        var parser = new HtmlParser();
        var a = Time(pages, rounds, html => new SmartReader.Reader("https://localhost/", html).GetArticle().TextContent?.Length ?? 0);
        var b = Time(pages, rounds, html =>
        {
            using var document = parser.ParseDocument(html);
            return HtmlMainTextExtractor.Extract(document).Length;
        });
        var pagesA = pages.Count * rounds / a.TotalSeconds;
        var pagesB = pages.Count * rounds / b.TotalSeconds;
        output.WriteLine($"(a) SmartReader 0.11.1 alone: {a.TotalSeconds:F2} s, {pagesA:F1} pages/s, {mib * rounds / a.TotalSeconds:F2} Mi chars/s");
        output.WriteLine($"(b) ChiBo HtmlMainTextExtractor (parse + extract): {b.TotalSeconds:F2} s, {pagesB:F1} pages/s, {mib * rounds / b.TotalSeconds:F2} Mi chars/s");
        output.WriteLine($"extraction throughput ratio b/a: {pagesB / pagesA:F3}");
    }

    private static TimeSpan Time(List<string> pages, int rounds, Func<string, int> extract)
    {
        var sink = 0;
        foreach (var page in pages)
        {
            sink += extract(page);
        }

        var stopwatch = Stopwatch.StartNew();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var page in pages)
            {
                sink += extract(page);
            }
        }

        GC.KeepAlive(sink);
        return stopwatch.Elapsed;
    }
}
