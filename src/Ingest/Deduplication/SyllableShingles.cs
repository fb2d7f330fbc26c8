using ChiBo.Ingest.Normalization;

namespace ChiBo.Ingest.Deduplication;

/// <summary>
/// The set of overlapping three-syllable runs of a text, each as a 64-bit hash: the unit two articles are compared
/// in. Built on the normalised, lower-cased text (canonical tones, NFC, no zero-width characters), so re-encoded or
/// re-typed copies shingle alike; punctuation and spacing do not count.
/// </summary>
public static class SyllableShingles
{
    public const int Width = 3;

    public static HashSet<ulong> Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = VietnameseTextNormalizer.Normalize(text).ToLowerInvariant();
        var words = new List<ulong>(normalized.Length / 4);
        var start = -1;
        for (var i = 0; i <= normalized.Length; i++)
        {
            var inWord = i < normalized.Length && char.IsLetterOrDigit(normalized[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(Fnv1a(normalized.AsSpan(start, i - start)));
                start = -1;
            }
        }

        var shingles = new HashSet<ulong>(Math.Max(1, words.Count - Width + 1));
        for (var i = 0; i + Width <= words.Count; i++)
        {
            shingles.Add(Mix(words[i] ^ BitRotate(words[i + 1], 21) ^ BitRotate(words[i + 2], 42)));
        }

        return shingles;
    }

    /// <summary>The SplitMix64 finaliser: spreads any 64-bit value over all bits.</summary>
    internal static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    private static ulong BitRotate(ulong x, int by) => (x << by) | (x >> (64 - by));

    private static ulong Fnv1a(ReadOnlySpan<char> word)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }
}
