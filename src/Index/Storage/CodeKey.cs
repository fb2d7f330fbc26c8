using System.Text.RegularExpressions;

namespace ChiBo.Index.Storage;

/// <summary>
/// How the code field keys a canonical document code: lower case, with QĐi (the older "quy định" spelling) keyed as
/// QĐ, so "144-QĐi/TƯ", "144-QD/TW" and "144-QĐ/T.Ư" are one search. Issuers stay as the canonical form has them:
/// TƯ is already TW, and TU (tỉnh ủy), ThU (thị ủy) and HU (huyện ủy) never merge.
/// </summary>
public static partial class CodeKey
{
    public static string Of(string canonical)
    {
        ArgumentNullException.ThrowIfNull(canonical);
        return OlderQuyDinh().Replace(canonical.ToLowerInvariant(), "-qđ/");
    }

    [GeneratedRegex("-qđi/", RegexOptions.CultureInvariant)]
    private static partial Regex OlderQuyDinh();
}
