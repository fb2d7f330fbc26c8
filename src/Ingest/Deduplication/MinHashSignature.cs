namespace ChiBo.Ingest.Deduplication;

/// <summary>
/// A MinHash signature of an article's syllable shingles: <see cref="Length"/> minima under independent hash
/// functions. The share of positions two signatures agree on estimates the Jaccard similarity of their shingle sets;
/// <see cref="BandKeys"/> cut it into bands for locality-sensitive lookup, so a near-copy is found among a few bucket
/// mates instead of by comparing with every article.
/// </summary>
public sealed class MinHashSignature
{
    /// <summary>Hash functions: the estimate's standard error at similarity 0.8 is about 0.035.</summary>
    public const int Length = 128;

    /// <summary>
    /// 16 bands of 8 rows: a pair at similarity 0.8 shares a band with probability 0.95, at 0.9 with 0.9999, at 0.5
    /// with 0.06, so few dissimilar pairs are ever compared.
    /// </summary>
    public const int Bands = 16;

    public const int RowsPerBand = Length / Bands;

    /// <summary>Texts with fewer shingles than this are too short to call near-copies of anything.</summary>
    public const int MinShingles = 20;

    private static readonly ulong[] Seeds = CreateSeeds();

    private readonly uint[] _values;

    private MinHashSignature(uint[] values) => _values = values;

    /// <summary>The signature of <paramref name="text"/>, or null when it is too short to compare.</summary>
    public static MinHashSignature? Of(string text)
    {
        var shingles = SyllableShingles.Of(text);
        if (shingles.Count < MinShingles)
        {
            return null;
        }

        var values = new uint[Length];
        Array.Fill(values, uint.MaxValue);
        foreach (var shingle in shingles)
        {
            for (var i = 0; i < Length; i++)
            {
                var h = (uint)(SyllableShingles.Mix(shingle ^ Seeds[i]) >> 32);
                if (h < values[i])
                {
                    values[i] = h;
                }
            }
        }

        return new MinHashSignature(values);
    }

    public static MinHashSignature FromBytes(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length != Length * sizeof(uint))
        {
            throw new ArgumentException($"A signature is {Length * sizeof(uint)} bytes, not {bytes.Length}.", nameof(bytes));
        }

        var values = new uint[Length];
        Buffer.BlockCopy(bytes, 0, values, 0, bytes.Length);
        return new MinHashSignature(values);
    }

    public byte[] ToBytes()
    {
        var bytes = new byte[Length * sizeof(uint)];
        Buffer.BlockCopy(_values, 0, bytes, 0, bytes.Length);
        return bytes;
    }

    /// <summary>Estimated Jaccard similarity of the two shingle sets (0–1).</summary>
    public double Similarity(MinHashSignature other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var same = 0;
        for (var i = 0; i < Length; i++)
        {
            if (_values[i] == other._values[i])
            {
                same++;
            }
        }

        return same / (double)Length;
    }

    /// <summary>One key per band: equal keys in some band make two articles candidates.</summary>
    public ulong[] BandKeys()
    {
        var keys = new ulong[Bands];
        for (var band = 0; band < Bands; band++)
        {
            var key = (ulong)band;
            for (var row = 0; row < RowsPerBand; row++)
            {
                key = SyllableShingles.Mix(key ^ _values[(band * RowsPerBand) + row]);
            }

            keys[band] = key;
        }

        return keys;
    }

    private static ulong[] CreateSeeds()
    {
        // Fixed seeds: signatures are stored in the index and must compare across runs.
        var seeds = new ulong[Length];
        var state = 0x9E3779B97F4A7C15UL;
        for (var i = 0; i < Length; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            seeds[i] = SyllableShingles.Mix(state);
        }

        return seeds;
    }
}
