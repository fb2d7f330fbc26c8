using System.Text.RegularExpressions;

namespace ChiBo.Ingest.Normalization;

/// <summary>The shape of one Vietnamese syllable: onset, one to three vowels, an optional final.</summary>
public static partial class VietnameseSyllable
{
    /// <summary>True when the lower-case word is one well-formed syllable (checked on its folded form).</summary>
    public static bool IsValid(string lower) => Shape().IsMatch(VietnameseTextNormalizer.Fold(lower));

    /// <summary>
    /// Splits a glued pair ("địnhsố" → "định" + "số") when the word is not one syllable but two valid ones with a
    /// tone mark each side, so ordinary syllables and foreign words are never cut.
    /// </summary>
    public static bool TrySplitGlued(string lower, out int splitAt)
    {
        splitAt = -1;
        if (lower.Length < 4 || VowelGroups(lower) < 2 || IsValid(lower))
        {
            return false;
        }

        for (var i = 2; i <= lower.Length - 2; i++)
        {
            var left = lower[..i];
            var right = lower[i..];
            if (IsValid(left) && IsValid(right) && VietnameseTextNormalizer.HasMarks(left) && VietnameseTextNormalizer.HasMarks(right))
            {
                splitAt = i;
                return true;
            }
        }

        return false;
    }

    /// <summary>Runs of vowels: one syllable has one, so a word with fewer than two cannot be two glued syllables.</summary>
    private static int VowelGroups(string lower)
    {
        var folded = VietnameseTextNormalizer.Fold(lower);
        var groups = 0;
        var inVowel = false;
        foreach (var c in folded)
        {
            var vowel = c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
            if (vowel && !inVowel)
            {
                groups++;
            }

            inVowel = vowel;
        }

        return groups;
    }

    [GeneratedRegex("^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|g|h|k|l|m|n|p|r|s|t|v|x)?(a|e|i|o|u|y)(a|e|i|o|u|y){0,2}(ch|ng|nh|c|m|n|p|t)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
