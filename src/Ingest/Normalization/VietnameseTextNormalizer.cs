using System.Globalization;
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

    /// <summary>Normalises a whole text or one syllable; the result may differ in length from the input.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = Clean(text.Normalize(NormalizationForm.FormC));
        var builder = new StringBuilder(s.Length);
        var i = 0;
        while (i < s.Length)
        {
            if (!char.IsLetter(s[i]))
            {
                builder.Append(s[i++]);
                continue;
            }

            var start = i;
            while (i < s.Length && (char.IsLetter(s[i]) || CharUnicodeInfo.GetUnicodeCategory(s[i]) == UnicodeCategory.NonSpacingMark))
            {
                i++;
            }

            builder.Append(NormalizeSyllable(s[start..i]));
        }

        return builder.ToString();
    }

    /// <summary>Strips tone and vowel-quality marks and maps đ → d (case kept).</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = Clean(text).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            switch (c)
            {
                case 'đ':
                    builder.Append('d');
                    break;
                case 'Đ':
                    builder.Append('D');
                    break;
                default:
                    if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>True when the text has any Vietnamese mark (tone, quality mark or đ).</summary>
    public static bool HasMarks(string text) => !string.Equals(Fold(text), text.Normalize(NormalizationForm.FormC), StringComparison.Ordinal);

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

    /// <summary>Moves the one tone mark of a syllable to its canonical vowel; anything else is returned unchanged.</summary>
    internal static string NormalizeSyllable(string syllable)
    {
        if (syllable.Length is 0 or > 8)
        {
            return syllable;
        }

        var decomposed = syllable.Normalize(NormalizationForm.FormD);
        char? tone = null;
        var bases = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (c is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323')
            {
                if (tone is not null)
                {
                    return syllable;
                }

                tone = c;
            }
            else
            {
                bases.Append(c);
            }
        }

        if (tone is null)
        {
            return syllable;
        }

        var plain = bases.ToString().Normalize(NormalizationForm.FormC);
        var lower = plain.ToLowerInvariant();
        foreach (var ch in lower)
        {
            if (ch is not ((>= 'a' and <= 'z') or 'ă' or 'â' or 'ê' or 'ô' or 'ơ' or 'ư' or 'đ'))
            {
                return syllable;
            }
        }

        var target = ToneVowelIndex(lower);
        if (target < 0)
        {
            return syllable;
        }

        var withTone = plain[..(target + 1)] + tone + plain[(target + 1)..];
        return withTone.Normalize(NormalizationForm.FormC);
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
