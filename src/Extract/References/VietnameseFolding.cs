using System.Buffers;
using System.Globalization;
using System.Text;

namespace ChiBo.Extract.References;

/// <summary>
/// Folds what varies between writers of the same Vietnamese word for table look-ups only: case, NFC, Ð (U+00D0),
/// and old-style tone placement ("uỷ" → "ủy", "hoá" → "hóa"). Diacritics themselves are kept: TU and TƯ differ.
/// </summary>
internal static class VietnameseFolding
{
    private static readonly (string Old, string New)[] TonePlacement =
    [
        ("uỷ", "ủy"), ("uý", "úy"), ("uỳ", "ùy"), ("uỹ", "ũy"), ("uỵ", "ụy"),
        ("oá", "óa"), ("oà", "òa"), ("oả", "ỏa"), ("oã", "õa"), ("oạ", "ọa"),
        ("oé", "óe"), ("oè", "òe"), ("oẻ", "ỏe"), ("oẽ", "õe"), ("oẹ", "ọe"),
    ];

    private static readonly SearchValues<char> OldToneVowels = SearchValues.Create("ỷýỳỹỵáàảãạéèẻẽẹ");

    public static string Fold(string text)
    {
        var s = text.Normalize(NormalizationForm.FormC).Replace('\u00D0', 'Đ').ToLower(CultureInfo.InvariantCulture);
        if (!s.AsSpan().ContainsAny(OldToneVowels))
        {
            return s;
        }

        var builder = new StringBuilder(s);
        foreach (var (old, replacement) in TonePlacement)
        {
            builder.Replace(old, replacement);
        }

        return builder.ToString();
    }
}
