using System.Text.RegularExpressions;
using ChiBo.Ingest.Model;

namespace ChiBo.Extract.Statistics;

/// <summary>
/// Where a figure applies: the article's locality, unless its sentence names another administrative unit
/// ("huyện Tam Dương", "tỉnh Hà Tĩnh"). Units of the article's own locality or province do not count as another.
/// </summary>
internal static partial class LocalityResolver
{
    public static string? Resolve(string sentence, Locality? own)
    {
        foreach (Match m in NamedUnit().Matches(sentence))
        {
            var name = m.Groups["name"].Value;
            if (own is not null && (own.Name.Equals(name, StringComparison.OrdinalIgnoreCase)
                || (own.Province?.EndsWith(name, StringComparison.OrdinalIgnoreCase) ?? false)))
            {
                continue;
            }

            return m.Groups["kind"].Value.ToLowerInvariant() + " " + name;
        }

        return own?.Display;
    }

    [GeneratedRegex(@"\b(?<kind>(?i:huyện|quận|thị xã|thành phố|tỉnh|thị trấn|xã|phường))\s+(?<name>\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){0,3})", RegexOptions.CultureInvariant)]
    private static partial Regex NamedUnit();
}
