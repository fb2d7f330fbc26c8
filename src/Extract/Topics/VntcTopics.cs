using ChiBo.Ingest.Normalization;

namespace ChiBo.Extract.Topics;

/// <summary>
/// The ten topics of the VNTC news corpus (Vu et al., RIVF 2007), named as the corpus names them with diacritics.
/// Filters and facets use these names.
/// </summary>
public static class VntcTopics
{
    public static readonly IReadOnlyList<string> All =
    [
        "Chính trị Xã hội", "Đời sống", "Khoa học", "Kinh doanh", "Pháp luật",
        "Sức khỏe", "Thế giới", "Thể thao", "Văn hóa", "Vi tính",
    ];

    /// <summary>VNTC's two-letter codes, in the order of <see cref="All"/>.</summary>
    public static readonly IReadOnlyList<string> Codes = ["XH", "DS", "KH", "KD", "PL", "SK", "TG", "TT", "VH", "VT"];

    /// <summary>
    /// The topic named by <paramref name="value"/> in any spelling ("Thể thao", "the thao", "THE-THAO") or by its VNTC
    /// code ("TT"); null when it names none.
    /// </summary>
    public static string? Find(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var key = KeyOf(value);
        for (var i = 0; i < All.Count; i++)
        {
            if (KeyOf(All[i]) == key || string.Equals(Codes[i], value.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return All[i];
            }
        }

        return null;
    }

    private static string KeyOf(string value) =>
        string.Join(' ', VietnameseTextNormalizer.Fold(value).ToLowerInvariant().Split([' ', '-', '_', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
