using System.Text.RegularExpressions;
using ChiBo.Ingest.Normalization;

namespace ChiBo.Ingest.Sources.LegacyFonts;

/// <summary>
/// Recognises text typed in a legacy Vietnamese font encoding, in the order evidence is trusted: a declared font
/// (".VnTime", "VNI-Times" in HTML), else the share of the encoding's marker glyphs; and in both cases only when
/// converting turns most words into valid Vietnamese syllables where the text as read has far fewer. Text already in
/// Unicode Vietnamese (it has letters such as ạ ế ư đ outside Latin-1) is never converted.
/// </summary>
public static partial class LegacyFontDetector
{
    /// <summary>Below this share of marker glyphs among non-space characters, an undeclared text is left alone.</summary>
    public const double MinMarkerShare = 0.02;

    /// <summary>After conversion at least this share of words must be valid Vietnamese syllables…</summary>
    public const double MinConvertedSyllableShare = 0.8;

    /// <summary>…and at least this much more than before it.</summary>
    public const double MinSyllableGain = 0.1;

    private const int SampleLength = 20_000;

    // Letters with marks Vietnamese does not use (ñ ö å ï û) fold to valid-looking syllables: "chöùc" would pass.
    private static readonly HashSet<char> VietnameseLetters =
        [.. "àảãáạăằẳẵắặâầẩẫấậđèẻẽéẹêềểễếệìỉĩíịòỏõóọôồổỗốộơờởỡớợùủũúụưừửữứựỳỷỹýỵ"];

    /// <summary>The encoding <paramref name="text"/> is written in, or null for ordinary Unicode text.</summary>
    public static LegacyFontEncoding? Detect(string text, bool isHtml)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sample = text.Length > SampleLength ? text[..SampleLength] : text;
        var declared = isHtml ? DeclaredFont(sample) : null;
        var body = isHtml ? Markup().Replace(sample, " ") : sample;
        if (HasUnicodeVietnamese(body))
        {
            return null;
        }

        var candidates = declared is not null
            ? [declared]
            : LegacyFontEncoding.All.Where(e => MarkerShare(body, e) >= MinMarkerShare).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var before = SyllableShare(body);
        LegacyFontEncoding? best = null;
        var bestShare = 0.0;
        foreach (var candidate in candidates)
        {
            var after = SyllableShare(candidate.ToUnicode(body));
            if (after >= MinConvertedSyllableShare && after - before >= MinSyllableGain && after > bestShare)
            {
                best = candidate;
                bestShare = after;
            }
        }

        return best;
    }

    /// <summary>The font a page names in CSS or a &lt;font face&gt;: ".VnTime", ".VnArial" are TCVN3; "VNI-Times" is VNI.</summary>
    public static LegacyFontEncoding? DeclaredFont(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (VniFont().IsMatch(html))
        {
            return LegacyFontEncoding.Vni;
        }

        return Tcvn3Font().IsMatch(html) ? LegacyFontEncoding.Tcvn3 : null;
    }

    /// <summary>Share of words (up to 3,000) that are well-formed Vietnamese syllables spelt with Vietnamese letters only.</summary>
    public static double SyllableShare(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = 0;
        var valid = 0;
        foreach (Match word in Word().Matches(text))
        {
            if (word.Value.All(char.IsAsciiDigit))
            {
                continue;
            }

            words++;
            var lower = word.Value.ToLowerInvariant();
            if (lower.All(c => char.IsAsciiLetterLower(c) || VietnameseLetters.Contains(c)) && VietnameseSyllable.IsValid(lower))
            {
                valid++;
            }

            if (words == 3000)
            {
                break;
            }
        }

        return words == 0 ? 0 : valid / (double)words;
    }

    private static double MarkerShare(string text, LegacyFontEncoding encoding)
    {
        var markers = 0;
        var characters = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                characters++;
                if (encoding.MarkerCharacters.Contains(c))
                {
                    markers++;
                }
            }
        }

        return characters == 0 ? 0 : markers / (double)characters;
    }

    /// <summary>
    /// True when more than a trace (0.2 %) of the characters are letters only Unicode Vietnamese has (ă đ ĩ ũ ơ ư,
    /// U+1EA0–U+1EF9): such text is already Unicode. Stops at the first few dozen, so ordinary text costs little.
    /// </summary>
    private static bool HasUnicodeVietnamese(string text)
    {
        const int Enough = 40;
        var vietnamese = 0;
        foreach (var c in text)
        {
            if (c is 'ă' or 'Ă' or 'đ' or 'Đ' or 'ơ' or 'Ơ' or 'ư' or 'Ư' or 'ĩ' or 'Ĩ' or 'ũ' or 'Ũ' or (>= '\u1EA0' and <= '\u1EF9'))
            {
                if (++vietnamese >= Enough)
                {
                    return true;
                }
            }
        }

        return vietnamese > text.Length * 0.002;
    }

    // A word is a run of anything but spaces and ASCII punctuation: legacy glyphs include Latin-1 symbols (§ ¶ « ®).
    [GeneratedRegex(@"[^\s!-/:-@\[-`{-~“”‘’…–—]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    [GeneratedRegex(@"<script[\s\S]*?</script>|<style[\s\S]*?</style>|<[^>]*>|&[#a-zA-Z0-9]+;", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Markup();

    [GeneratedRegex(@"(font-family\s*:|face\s*=)[^;>]{0,80}?\bVNI[-_ ]?[A-Za-z]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VniFont();

    [GeneratedRegex(@"(font-family\s*:|face\s*=)[^;>]{0,80}?\.Vn[A-Z]", RegexOptions.CultureInvariant)]
    private static partial Regex Tcvn3Font();
}
