using System.Diagnostics;
using ChiBo.Extract.Model;
using ChiBo.Extract.References;
using ChiBo.Extract.References.Registry;
using ChiBo.Extract.Statistics;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace ChiBo.Cli.Bench;

/// <summary>
/// <c>chibo bench --extraction FILE</c>: reference and statistics extraction speed in MiB/s of article text, one
/// thread, against a baseline measured in the same run over the same texts — tokenising them with Lucene.Net's
/// StandardAnalyzer, the least any text pipeline does. Each contender runs twice and the faster run counts, so that a
/// neighbour's burst on a shared machine spoils one run rather than the figure.
/// </summary>
internal static class ExtractionBench
{
    public static void Run(BenchCorpus corpus, TextWriter output)
    {
        var texts = corpus.Texts;
        var mib = corpus.Bytes / 1048576.0;
        output.WriteLine($"extraction corpus: {corpus.Description}, {mib:F1} MiB of text; {Environment.ProcessorCount} cores; .NET {Environment.Version}");

        var references = new ReferenceExtractor();
        var statistics = new StatisticExtractor();
        var found = new long[4];
        var baseline = Best(() => found[0] = Tokenise(texts));
        var refs = Best(() => found[1] = texts.Sum(t => (long)references.Extract(t, ArticleContext.None).Count));
        var stats = Best(() => found[2] = texts.Sum(t => (long)statistics.Extract(t, ArticleContext.None).Count));
        var both = Best(() => found[3] = texts.Sum(t => (long)ReferenceMentionReader.Read(t, references.Extract(t, ArticleContext.None)).Count + statistics.Extract(t, ArticleContext.None).Count));

        Line(output, "(a) StandardAnalyzer tokens (baseline)", baseline, mib, baseline, $"{found[0]} tokens");
        Line(output, "(b) references", refs, mib, baseline, $"{found[1]} references");
        Line(output, "(c) statistics", stats, mib, baseline, $"{found[2]} statistics");
        Line(output, "(d) references + registry mentions + statistics", both, mib, baseline, $"{found[3]} records, {texts.Count / both.TotalSeconds:F0} articles/s");
    }

    private static void Line(TextWriter output, string name, TimeSpan time, double mib, TimeSpan baseline, string note) =>
        output.WriteLine($"{name}: {time.TotalSeconds:F2} s, {mib / time.TotalSeconds:F2} MiB/s, ratio to (a) {baseline.TotalSeconds / time.TotalSeconds:F3} ({note})");

    private static long Tokenise(IReadOnlyList<string> texts)
    {
        using var analyzer = new StandardAnalyzer(LuceneVersion.LUCENE_48);
        long tokens = 0;
        foreach (var text in texts)
        {
            using var stream = analyzer.GetTokenStream("text", text);
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                tokens += term.Length > 0 ? 1 : 0;
            }

            stream.End();
        }

        return tokens;
    }

    private static TimeSpan Best(Action action)
    {
        var best = TimeSpan.MaxValue;
        for (var run = 0; run < 2; run++)
        {
            var stopwatch = Stopwatch.StartNew();
            action();
            best = stopwatch.Elapsed < best ? stopwatch.Elapsed : best;
        }

        return best;
    }
}
