using System.Text;
using ChiBo.Extract.References;
using ChiBo.Index.Storage;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ChiBo.Index.Search;

/// <summary>
/// Builds a result's snippet from the stored text and the document's term vectors (offsets into that text): the
/// window holding the most distinct matched words, with matches in &lt;mark&gt; and everything else HTML-escaped.
/// Exact and folded matches both count; a document code is marked as one span ("06-NQ/HU"), found by its grammar.
/// </summary>
public static class SnippetBuilder
{
    public const int WindowLength = 240;
    private const int LeadIn = 60;

    public static string Build(IndexReader reader, int docId, string text, HighlightTerms highlights)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(highlights);
        var spans = new List<(int Start, int End, string Key)>();
        var vectors = reader.GetTermVectors(docId);
        if (vectors is not null)
        {
            Collect(vectors.GetTerms(IndexFields.Text), highlights.Exact, spans);
            Collect(vectors.GetTerms(IndexFields.TextFolded), highlights.Folded, spans);
        }

        if (highlights.Codes.Count > 0)
        {
            foreach (var match in DocumentCode.FindAll(text))
            {
                if (highlights.Codes.Contains(match.Canonical))
                {
                    spans.Add((match.Start, match.End, match.Canonical));
                }
            }
        }

        return Render(text, Merge(spans, text));
    }

    private static void Collect(Terms? terms, HashSet<string> wanted, List<(int, int, string)> spans)
    {
        if (terms is null || wanted.Count == 0)
        {
            return;
        }

        var termsEnum = terms.GetEnumerator();
        while (termsEnum.MoveNext())
        {
            var term = termsEnum.Term.Utf8ToString();
            if (!wanted.Contains(term))
            {
                continue;
            }

            var positions = termsEnum.DocsAndPositions(null, null, DocsAndPositionsFlags.OFFSETS);
            if (positions is null || positions.NextDoc() == DocIdSetIterator.NO_MORE_DOCS)
            {
                continue;
            }

            for (var i = 0; i < positions.Freq; i++)
            {
                positions.NextPosition();
                if (positions.StartOffset >= 0 && positions.EndOffset > positions.StartOffset)
                {
                    spans.Add((positions.StartOffset, positions.EndOffset, term));
                }
            }
        }
    }

    /// <summary>Sorts, unions overlaps, and joins marks separated only by a space or code punctuation.</summary>
    private static List<(int Start, int End, string Key)> Merge(List<(int Start, int End, string Key)> spans, string text)
    {
        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var merged = new List<(int Start, int End, string Key)>();
        foreach (var span in spans)
        {
            if (span.End > text.Length)
            {
                continue;
            }

            if (merged.Count > 0)
            {
                var last = merged[^1];
                var gap = span.Start - last.End;
                if (gap <= 0 || (gap <= 2 && text.AsSpan(last.End, gap).Trim(" -/–").IsEmpty))
                {
                    merged[^1] = (last.Start, Math.Max(last.End, span.End), last.Key + " " + span.Key);
                    continue;
                }
            }

            merged.Add(span);
        }

        return merged;
    }

    private static string Render(string text, List<(int Start, int End, string Key)> spans)
    {
        var (from, to) = BestWindow(text, spans);
        var builder = new StringBuilder();
        if (from > 0)
        {
            builder.Append("… ");
        }

        var cursor = from;
        foreach (var span in spans)
        {
            if (span.Start < from || span.End > to)
            {
                continue;
            }

            builder.Append(Escape(text[cursor..span.Start]));
            builder.Append("<mark>").Append(Escape(text[span.Start..span.End])).Append("</mark>");
            cursor = span.End;
        }

        builder.Append(Escape(text[cursor..to]));
        if (to < text.Length)
        {
            builder.Append(" …");
        }

        return builder.ToString().ReplaceLineEndings(" ");
    }

    /// <summary>Escapes only what HTML needs (&lt; &gt; &amp; quotes); Vietnamese letters stay readable, not as entities.</summary>
    private static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("<>&\"'") < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    private static (int From, int To) BestWindow(string text, List<(int Start, int End, string Key)> spans)
    {
        if (spans.Count == 0)
        {
            return (0, WordEnd(text, Math.Min(text.Length, WindowLength)));
        }

        var best = (Score: -1, Start: 0);
        for (var i = 0; i < spans.Count; i++)
        {
            var windowEnd = spans[i].Start + WindowLength - LeadIn;
            var distinct = new HashSet<string>(StringComparer.Ordinal);
            var count = 0;
            for (var j = i; j < spans.Count && spans[j].End <= windowEnd; j++)
            {
                distinct.Add(spans[j].Key);
                count++;
            }

            var score = (distinct.Count * 10) + count;
            if (score > best.Score)
            {
                best = (score, spans[i].Start);
            }
        }

        var from = WordStart(text, Math.Max(0, best.Start - LeadIn));
        var to = WordEnd(text, Math.Min(text.Length, from + WindowLength));
        return (from, to);
    }

    private static int WordStart(string text, int i)
    {
        if (i == 0)
        {
            return 0;
        }

        var space = text.IndexOf(' ', i);
        return space < 0 || space - i > 20 ? i : space + 1;
    }

    private static int WordEnd(string text, int i)
    {
        if (i >= text.Length)
        {
            return text.Length;
        }

        var space = text.LastIndexOf(' ', i);
        return space <= 0 || i - space > 20 ? i : space;
    }
}
