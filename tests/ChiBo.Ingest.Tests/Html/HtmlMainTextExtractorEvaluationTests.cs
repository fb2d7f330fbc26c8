using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using ChiBo.Ingest.Html;
using ChiBo.Ingest.Sources;
using ChiBo.TestSupport;

namespace ChiBo.Ingest.Tests.Html;

/// <summary>
/// Evaluation gate for main-text extraction on ../shared/data/extraction-benchmark (100 real pages with gold text),
/// scored as upstream does: \w+ tokens, 4-token shingles, per-page precision/recall/F1 over shingle multisets,
/// averaged over pages. Published F1 on this benchmark: trafilatura 0.958, Readability.js 0.947, whole-page text
/// 0.665. The floor sits just under the measured run; raising it is a commit of its own.
/// </summary>
public sealed partial class HtmlMainTextExtractorEvaluationTests
{
    private const double F1Floor = 0.80;

    [Fact]
    public void MainTextF1OnTheExtractionBenchmarkStaysAboveTheFloor()
    {
        var root = SharedData.Require("extraction-benchmark");
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "ground-truth.json")));
        var parser = new HtmlParser();
        var scores = new List<(double P, double R, double F)>();
        foreach (var page in gold.RootElement.EnumerateObject())
        {
            using var gzip = new GZipStream(File.OpenRead(Path.Combine(root, "html", page.Name + ".html.gz")), CompressionMode.Decompress);
            using var bytes = new MemoryStream();
            gzip.CopyTo(bytes);
            Assert.True(TextDecoder.TryDecode(bytes.ToArray(), lookForMetaCharset: true, out var html, out _, out var error), error);
            using var document = parser.ParseDocument(html);
            scores.Add(Score(HtmlMainTextExtractor.Extract(document), page.Value.GetProperty("articleBody").GetString()!));
        }

        var (p, r, f) = (scores.Average(s => s.P), scores.Average(s => s.R), scores.Average(s => s.F));
        TestContext.Current.SendDiagnosticMessage($"extraction benchmark, {scores.Count} pages: precision {p:F3} recall {r:F3} F1 {f:F3}");
        TestContext.Current.TestOutputHelper?.WriteLine($"extraction benchmark, {scores.Count} pages: precision {p:F3} recall {r:F3} F1 {f:F3}");
        Assert.True(f >= F1Floor, $"F1 {f:F3} fell below the floor {F1Floor:F3} (precision {p:F3}, recall {r:F3}).");
    }

    [Fact]
    public void ScoreIsPerfectForIdenticalTextAndZeroForDisjointText()
    {
        Assert.Equal(1.0, Score("một hai ba bốn năm sáu", "một hai ba bốn năm sáu").F, 6);
        Assert.Equal(0.0, Score("một hai ba bốn", "năm sáu bảy tám").F, 6);
    }

    internal static (double P, double R, double F) Score(string extracted, string expected)
    {
        var got = Shingles(extracted);
        var want = Shingles(expected);
        var overlap = got.Sum(g => Math.Min(g.Value, want.GetValueOrDefault(g.Key)));
        var p = got.Count == 0 ? 0 : (double)overlap / got.Values.Sum();
        var r = want.Count == 0 ? 0 : (double)overlap / want.Values.Sum();
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    private static Dictionary<string, int> Shingles(string text)
    {
        var tokens = Word().Matches(text).Select(m => m.Value).ToArray();
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + 4 <= Math.Max(tokens.Length, 4) && tokens.Length > 0; i++)
        {
            var key = string.Join(' ', tokens.Skip(i).Take(4));
            shingles[key] = shingles.GetValueOrDefault(key) + 1;
        }

        return shingles;
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();
}
