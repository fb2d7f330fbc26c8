namespace ChiBo.Extract.Text;

/// <summary>
/// Sentence and clause boundaries in Vietnamese news text. A sentence ends at . ! ? or a line break, but not at a dot
/// inside a number ("29.255") or after a one- or two-letter abbreviation ("TP.", "Đ/c."); a clause also ends at ;.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>The sentence around <paramref name="offset"/> as [start, end) in <paramref name="text"/>, trimmed.</summary>
    public static (int Start, int End) SentenceAt(string text, int offset) => Around(text, offset, clause: false);

    /// <summary>The clause around <paramref name="offset"/> (a sentence, further split at ;).</summary>
    public static (int Start, int End) ClauseAt(string text, int offset) => Around(text, offset, clause: true);

    private static (int Start, int End) Around(string text, int offset, bool clause)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = offset;
        while (start > 0 && !IsBoundary(text, start - 1, clause))
        {
            start--;
        }

        var end = offset;
        while (end < text.Length && !IsBoundary(text, end, clause))
        {
            end++;
        }

        if (end < text.Length && text[end] is '.' or '!' or '?' or ';')
        {
            end++;
        }

        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    private static bool IsBoundary(string text, int i, bool clause)
    {
        var c = text[i];
        switch (c)
        {
            case '\n' or '\r' or '!' or '?':
                return true;
            case ';':
                return clause;
            case '.':
                if (i > 0 && i + 1 < text.Length && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]))
                {
                    return false;
                }

                var wordStart = i;
                while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
                {
                    wordStart--;
                }

                // "TP.", "UBND." style capitals and "Đ/c." are abbreviations, not sentence ends.
                var length = i - wordStart;
                var abbreviation = length is 1 or 2 &&
                    (text.AsSpan(wordStart, length).ToString().All(char.IsUpper) || (wordStart > 0 && text[wordStart - 1] == '/'));
                return !abbreviation;
            default:
                return false;
        }
    }
}
