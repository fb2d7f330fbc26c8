using System.Collections.Frozen;

namespace ChiBo.Extract.Statistics;

/// <summary>
/// Splits main text into sentences at . ! ? ; and line breaks, but not inside numbers ("29.255", "94,2"),
/// not after common abbreviations ("TP. Bến Tre", "Th.S") and not where a dot is glued to what follows ("./.").
/// A line break also ends the paragraph: figures are compared with their neighbours within one paragraph.
/// </summary>
internal static class SentenceSplitter
{
    private static readonly FrozenSet<string> Abbreviations = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "TP", "Tp", "TT", "Th.S", "ThS", "TS", "PGS", "GS", "BS", "KS", "v.v", "Đ/c", "đ/c", "St", "Q", "P", "H", "X", "tr", "Nxb", "NXB");

    public static List<TextSegment> Split(string text)
    {
        var segments = new List<TextSegment>();
        var paragraph = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                Add(segments, text, start, i, paragraph);
                start = i + 1;
                if (c == '\n' || i + 1 >= text.Length || text[i + 1] != '\n')
                {
                    paragraph++;
                }

                continue;
            }

            var ends = c switch
            {
                ';' or '!' or '?' => true,
                '.' => EndsAtDot(text, i, start),
                _ => false,
            };
            if (ends)
            {
                // A terminator belongs to its sentence, except ';' which only separates.
                Add(segments, text, start, c == ';' ? i : i + 1, paragraph);
                start = i + 1;
            }
        }

        Add(segments, text, start, text.Length, paragraph);
        return segments;
    }

    private static bool EndsAtDot(string text, int dot, int sentenceStart)
    {
        var next = dot + 1 < text.Length ? text[dot + 1] : '\n';
        if (!char.IsWhiteSpace(next) && next is not ('"' or '”' or '“' or ')'))
        {
            return false;
        }

        var wordStart = dot;
        while (wordStart > sentenceStart && !char.IsWhiteSpace(text[wordStart - 1]))
        {
            wordStart--;
        }

        return !Abbreviations.Contains(text[wordStart..dot]);
    }

    private static void Add(List<TextSegment> segments, string text, int start, int end, int paragraph)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            segments.Add(new TextSegment(start, end, paragraph));
        }
    }
}
