using ChiBo.Ingest.Normalization;

namespace ChiBo.Extract.References;

/// <summary>
/// Folds what varies between writers of the same Vietnamese word for table look-ups only: case, NFC, Ð (U+00D0),
/// and tone placement ("uỷ" → "ủy", "hoá" → "hóa"). Diacritics themselves are kept: TU and TƯ differ.
/// </summary>
internal static class VietnameseFolding
{
    public static string Fold(string text) => VietnameseTextNormalizer.Normalize(text).ToLowerInvariant();
}
