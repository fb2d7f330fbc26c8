using System.Text.RegularExpressions;
using ChiBo.Extract.Model;

namespace ChiBo.Extract.References;

/// <summary>
/// Resolutions known by their meeting, not a number (code null): plenums ("Nghị quyết Trung ương 4 (khóa XII)",
/// "Nghị quyết Hội nghị Trung ương 4") and congresses ("nghị quyết Đại hội XII của Đảng", "Nghị quyết ĐH XII Đảng Cộng sản VN",
/// "nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI"). A congress without its ordinal ("Đại hội đảng bộ các cấp") names no document.
/// </summary>
internal static partial class UnnumberedReferenceMatcher
{
    public static void Find(string text, ArticleContext context, List<DocumentReference> found)
    {
        foreach (Match m in Plenum().Matches(text))
        {
            var term = m.Groups["term"].Success ? "khóa " + m.Groups["term"].Value : null;
            found.Add(Reference(m, "Ban Chấp hành Trung ương", null, term));
        }

        foreach (Match m in Congress().Matches(text))
        {
            var place = m.Groups["place"].Value.Trim();
            var locality = m.Groups["level"].Value switch
            {
                "" => null,
                _ when place.Length > 0 => place,
                "tỉnh" => IssuerCodes.ProvinceOf(context),
                _ => context.Locality?.Name,
            };
            found.Add(Reference(m, m.Groups["congress"].Value, locality, "khóa " + m.Groups["ord"].Value));
        }
    }

    private static DocumentReference Reference(Match m, string issuer, string? locality, string? term) => new()
    {
        Text = m.Value,
        Start = m.Index,
        End = m.Index + m.Length,
        Type = "Nghị quyết",
        Issuer = issuer,
        IssuerLocality = locality,
        Term = term,
        Family = ReferenceFamily.Unnumbered,
    };

    [GeneratedRegex(@"(?<![\p{L}\d])(?:nghị\s+quyết|(?-i:NQ))\s+(?:Hội\s+nghị\s+(?:lần\s+thứ\s+\p{L}+\s+)?)?(?:Ban\s+Chấp\s+hành\s+)?(?:Trung\s+ương|(?-i:TW|TƯ))\s+(?:Đảng\s+)?(?:lần\s+thứ\s+)?(?<plenum>\d{1,2}|(?-i:[IVX]{1,5}))(?![\p{L}\d])(?:[ \t]*\([ \t]*(?:khóa|khoá)[ \t]+(?<term>(?-i:[IVXLC]{1,6}))[ \t]*\)|,?[ \t]+(?:khóa|khoá)[ \t]+(?<term>(?-i:[IVXLC]{1,6}))(?![\p{L}]))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Plenum();

    [GeneratedRegex(@"(?<![\p{L}\d])(?:nghị\s+quyết|(?-i:NQ))\s+(?<congress>(?:Đại\s+hội|(?-i:ĐH))\s+(?:đại\s+biểu\s+)?(?:toàn\s+quốc\s+)?(?:Đảng\s+bộ\s+(?<level>tỉnh|huyện|thành\s+phố|thị\s+xã|quận|xã|phường|thị\s+trấn)(?<place>(?:\s+(?-i:\p{Lu}\p{Ll}*)){0,3})\s+)?(?:lần\s+thứ\s+)?(?<ord>(?-i:[IVXLC]{1,6})|\d{1,2})(?![\p{L}\d])(?:\s+(?:của\s+)?Đảng(?:\s+Cộng\s+sản\s+(?:Việt\s+Nam|(?-i:VN)))?(?![\p{L}]|\s+bộ))?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Congress();
}
