namespace ChiBo.Ingest.Normalization;

/// <summary>
/// Normalises Vietnamese text for matching and analysis, never for display: NFC, Ð (U+00D0) → Đ,
/// NBSP and zero-width characters, one canonical tone-mark placement ("uỷ" → "ủy", "hoà" → "hòa"),
/// repair of misplaced marks ("tòan" → "toàn"). Folding (marks stripped, đ → d) is separate.
/// </summary>
public static class VietnameseTextNormalizer
{
    /// <summary>Normalises one syllable or a whole text; the result may differ in length from the input.</summary>
    public static string Normalize(string text) => throw new NotImplementedException();

    /// <summary>Strips tone and vowel marks and maps đ → d (case kept).</summary>
    public static string Fold(string text) => throw new NotImplementedException();
}
