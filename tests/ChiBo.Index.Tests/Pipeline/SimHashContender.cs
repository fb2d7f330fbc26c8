using System.Numerics;
using ChiBo.Ingest.Deduplication;

namespace ChiBo.Index.Tests.Pipeline;

/// <summary>
/// The alternative measured against MinHash: a 64-bit SimHash over the same syllable shingles (Charikar), where
/// near-copies are fingerprints within <see cref="MaxDistance"/> differing bits (Manku et al.'s setting).
/// </summary>
internal static class SimHashContender
{
    public const int MaxDistance = 3;

    public static ulong Of(string text)
    {
        Span<int> votes = stackalloc int[64];
        foreach (var shingle in SyllableShingles.Of(text))
        {
            for (var bit = 0; bit < 64; bit++)
            {
                votes[bit] += ((shingle >> bit) & 1) == 1 ? 1 : -1;
            }
        }

        var fingerprint = 0UL;
        for (var bit = 0; bit < 64; bit++)
        {
            if (votes[bit] > 0)
            {
                fingerprint |= 1UL << bit;
            }
        }

        return fingerprint;
    }

    public static int Distance(ulong a, ulong b) => BitOperations.PopCount(a ^ b);
}
