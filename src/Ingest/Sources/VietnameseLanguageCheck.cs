using ChiBo.Ingest.Normalization;

namespace ChiBo.Ingest.Sources;

/// <summary>
/// Tells Vietnamese text from other languages and from mis-decoded bytes: most words must be well-formed Vietnamese
/// syllables, and Vietnamese-only letters (ă â đ ê ô ơ ư and tone marks) must occur.
/// </summary>
public static class VietnameseLanguageCheck
{
    public const double MinSyllableShare = 0.5;
    public const double UnmarkedSyllableShare = 0.9;

    public static bool IsVietnamese(string text, out string? reason)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim(',', '.', ';', ':', '!', '?', '"', '(', ')', '“', '”', '\'', '-'))
            .Where(w => w.Length > 0 && w.All(char.IsLetter))
            .Take(2000)
            .ToList();
        if (words.Count < 5)
        {
            reason = "too little text to be an article";
            return false;
        }

        var syllables = words.Count(w => VietnameseSyllable.IsValid(w.ToLowerInvariant()));
        var marked = words.Count(VietnameseTextNormalizer.HasMarks);
        var share = syllables / (double)words.Count;
        // Vietnamese full of English terms still has marks on many words; Vietnamese typed without marks is almost
        // all well-formed syllables. Other languages are neither.
        var vietnamese = (share >= MinSyllableShare && marked >= words.Count / 20) || share >= UnmarkedSyllableShare;
        if (!vietnamese)
        {
            reason = $"not Vietnamese: {share:P0} of words are Vietnamese syllables, {marked} of {words.Count} carry Vietnamese marks";
            return false;
        }

        reason = null;
        return true;
    }
}
