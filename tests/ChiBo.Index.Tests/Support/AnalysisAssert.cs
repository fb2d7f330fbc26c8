using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ChiBo.Index.Tests.Support;

/// <summary>xunit counterpart of Lucene's AssertAnalyzesTo (whose helper is NUnit-only): terms, offsets, position increments.</summary>
internal static class AnalysisAssert
{
    public static void AnalyzesTo(Analyzer analyzer, string text, string[] terms, int[]? starts = null, int[]? ends = null, int[]? increments = null)
    {
        var tokens = Tokens(analyzer, text);
        Assert.Equal(terms, tokens.Select(t => t.Term));
        if (starts is not null)
        {
            Assert.Equal(starts, tokens.Select(t => t.Start));
        }

        if (ends is not null)
        {
            Assert.Equal(ends, tokens.Select(t => t.End));
        }

        if (increments is not null)
        {
            Assert.Equal(increments, tokens.Select(t => t.Increment));
        }
    }

    public static List<(string Term, int Start, int End, int Increment)> Tokens(Analyzer analyzer, string text)
    {
        var tokens = new List<(string, int, int, int)>();
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var position = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add((term.ToString(), offset.StartOffset, offset.EndOffset, position.PositionIncrement));
        }

        stream.End();
        return tokens;
    }
}
