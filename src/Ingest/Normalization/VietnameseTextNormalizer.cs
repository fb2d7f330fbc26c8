using System.Text;

namespace ChiBo.Ingest.Normalization;

/// <summary>
/// Normalises Vietnamese text for matching and analysis, never for display: NFC, Ð (U+00D0) → Đ,
/// NBSP and zero-width characters, one canonical tone-mark placement ("uỷ" → "ủy", "hoà" → "hòa"),
/// repair of misplaced marks ("tòan" → "toàn", "lựơng" → "lượng", "qủa" → "quả"). Folding (marks stripped,
/// đ → d) is separate. Case is kept.
/// </summary>
/// <remarks>
/// The canonical placement is the traditional one: on the vowel carrying a quality mark (ơ of ươ); else, in a
/// closed syllable, on the last vowel; else, in an open one, on the first of two vowels or the middle of three.
/// "qu" and "gi" before a vowel are onsets, so their u/i never takes the mark (quý, giá).
/// </remarks>
public static class VietnameseTextNormalizer
{
    private const string Vowels = "aăâeêioôơuưy";
    private static readonly System.Buffers.SearchValues<char> VowelSet = System.Buffers.SearchValues.Create(Vowels);
    private static readonly System.Buffers.SearchValues<char> NeedsCleaning = System.Buffers.SearchValues.Create("\u00D0\u00A0\u200B\u200C\u200D\uFEFF\u2060");

    // Per-character tables over Latin letters with Vietnamese marks (U+0000–U+1EFF), built once from Unicode's own
    // decompositions: which tone a precomposed letter carries, the letter without it, and the letter with no marks.
    private const int TableSize = 0x1F00;
    private static readonly char[] ToneTable = new char[TableSize];
    private static readonly char[] UntonedTable = new char[TableSize];
    private static readonly char[] FoldedTable = new char[TableSize];
    private static readonly Dictionary<(char Letter, char Tone), char> Toned = BuildTables();

    /// <summary>Normalises a whole text or one syllable; the result may differ in length from the input.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = Clean(text);
        if (!s.IsNormalized(NormalizationForm.FormC))
        {
            s = s.Normalize(NormalizationForm.FormC);
        }

        StringBuilder? builder = null;
        var i = 0;
        while (i < s.Length)
        {
            if (!char.IsLetter(s[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var hasTone = false;
            while (i < s.Length && char.IsLetter(s[i]))
            {
                hasTone |= s[i] < TableSize && ToneTable[s[i]] != '\0';
                i++;
            }

            if (!hasTone)
            {
                continue;
            }

            var syllable = s.AsSpan(start, i - start);
            var normalized = NormalizeSyllable(syllable);
            if (normalized is not null && !syllable.SequenceEqual(normalized))
            {
                builder ??= new StringBuilder(s, 0, start, s.Length);
                builder.Append(s, builder.Length, start - builder.Length).Append(normalized);
            }
        }

        if (builder is null)
        {
            return s;
        }

        builder.Append(s, builder.Length, s.Length - builder.Length);
        return builder.ToString();
    }

    /// <summary>Strips tone and vowel-quality marks and maps đ → d (case kept).</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var n = 0;
        var changed = false;
        foreach (var c in text)
        {
            if (c is >= '\u0300' and <= '\u036F')
            {
                changed = true;
                continue;
            }

            var folded = c < TableSize ? FoldedTable[c] : c;
            folded = c switch
            {
                '\u00D0' => 'D',
                '\u00A0' => ' ',
                '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u2060' => '\0',
                _ => folded,
            };
            if (folded == '\0')
            {
                changed = true;
                continue;
            }

            changed |= folded != c;
            buffer[n++] = folded;
        }

        return changed ? new string(buffer[..n]) : text;
    }

    /// <summary>True when the text has any Vietnamese mark (tone, quality mark or đ).</summary>
    public static bool HasMarks(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var c in text)
        {
            if ((c is >= '\u0300' and <= '\u036F') || (c < TableSize && FoldedTable[c] != c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Moves the one tone mark of an NFC syllable to its canonical vowel; null when it is not a syllable to touch.</summary>
    internal static string? NormalizeSyllable(ReadOnlySpan<char> syllable)
    {
        if (syllable.Length is 0 or > 8)
        {
            return null;
        }

        Span<char> plain = stackalloc char[syllable.Length];
        Span<char> lower = stackalloc char[syllable.Length];
        var tone = '\0';
        for (var k = 0; k < syllable.Length; k++)
        {
            var c = syllable[k];
            if (c >= TableSize)
            {
                return null;
            }

            if (ToneTable[c] != '\0')
            {
                if (tone != '\0')
                {
                    return null;
                }

                tone = ToneTable[c];
            }

            plain[k] = UntonedTable[c];
            lower[k] = char.ToLowerInvariant(plain[k]);
            if (lower[k] is not ((>= 'a' and <= 'z') or 'ă' or 'â' or 'ê' or 'ô' or 'ơ' or 'ư' or 'đ'))
            {
                return null;
            }
        }

        if (tone == '\0')
        {
            return null;
        }

        var target = ToneVowelIndex(lower.ToString());
        if (target < 0 || !Toned.TryGetValue((plain[target], tone), out var toned))
        {
            return null;
        }

        plain[target] = toned;
        return plain.ToString();
    }

    private static Dictionary<(char Letter, char Tone), char> BuildTables()
    {
        var toned = new Dictionary<(char, char), char>();
        for (var c = 0; c < TableSize; c++)
        {
            var ch = (char)c;
            ToneTable[c] = '\0';
            UntonedTable[c] = ch;
            FoldedTable[c] = ch;
            if (c is >= 0xD800 and <= 0xDFFF || !char.IsLetter(ch))
            {
                continue;
            }

            var decomposed = ch.ToString().Normalize(NormalizationForm.FormD);
            if (decomposed.Length == 1)
            {
                continue;
            }

            var tone = decomposed.FirstOrDefault(m => m is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323');
            var untoned = decomposed.Replace(tone.ToString(), string.Empty, StringComparison.Ordinal).Normalize(NormalizationForm.FormC);
            FoldedTable[c] = decomposed[0];
            if (tone != '\0' && untoned.Length == 1)
            {
                ToneTable[c] = tone;
                UntonedTable[c] = untoned[0];
                toned[(untoned[0], tone)] = ch;
            }
        }

        FoldedTable['đ'] = 'd';
        FoldedTable['Đ'] = 'D';
        return toned;
    }

    private static string Clean(string text)
    {
        if (!text.AsSpan().ContainsAny(NeedsCleaning))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\u00D0':
                    builder.Append('Đ');
                    break;
                case '\u00A0':
                    builder.Append(' ');
                    break;
                case '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u2060':
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }

    private static int ToneVowelIndex(string lower)
    {
        var first = lower.AsSpan().IndexOfAny(VowelSet);
        if (first < 0)
        {
            return -1;
        }

        // qu + vowel, gi + vowel: the u / i belongs to the onset.
        if (first + 1 < lower.Length && Vowels.Contains(lower[first + 1], StringComparison.Ordinal) &&
            ((lower[first] == 'u' && first > 0 && lower[first - 1] == 'q') || (lower[first] == 'i' && first == 1 && lower[0] == 'g')))
        {
            first++;
        }

        var last = first;
        while (last + 1 < lower.Length && Vowels.Contains(lower[last + 1], StringComparison.Ordinal))
        {
            last++;
        }

        if (last + 1 < lower.Length && lower.AsSpan(last + 1).IndexOfAny(VowelSet) >= 0)
        {
            return -1; // vowels after a consonant: not one syllable
        }

        var count = last - first + 1;
        if (count > 3)
        {
            return -1;
        }

        for (var i = last; i >= first; i--)
        {
            if (lower[i] is 'ơ' or 'ă' or 'â' or 'ê' or 'ô')
            {
                return i;
            }
        }

        for (var i = first; i <= last; i++)
        {
            if (lower[i] == 'ư')
            {
                return i;
            }
        }

        var closed = last + 1 < lower.Length;
        return closed || count == 1 ? last : count == 2 ? first : first + 1;
    }
}
