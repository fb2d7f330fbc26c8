using System.Text.RegularExpressions;
using ChiBo.Extract.Model;

namespace ChiBo.Extract.References;

/// <summary>
/// Named charters, referenced without number or code: "Điều lệ Đảng", "Cương lĩnh chính trị", spanning their full
/// title when written ("Điều lệ Đảng Cộng sản Việt Nam", "Cương lĩnh xây dựng đất nước trong thời kỳ quá độ lên chủ
/// nghĩa xã hội").
/// </summary>
internal static partial class CharterMatcher
{
    public static void Find(string text, List<DocumentReference> found)
    {
        foreach (Match m in Charter().Matches(text))
        {
            found.Add(new DocumentReference
            {
                Text = m.Value,
                Start = m.Index,
                End = m.Index + m.Length,
                Type = m.Groups["charter"].Success ? "Điều lệ" : "Cương lĩnh",
                Issuer = "Đại hội đại biểu toàn quốc",
                Family = ReferenceFamily.Charter,
            });
        }
    }

    [GeneratedRegex(@"(?<![\p{L}\d])(?:(?<charter>Điều\s+lệ\s+Đảng(?:\s+Cộng\s+sản\s+Việt\s+Nam)?)(?!\s*bộ)(?![\p{L}])|Cương\s+lĩnh\s+(?:chính\s+trị|xây\s+dựng\s+đất\s+nước(?:\s+trong\s+thời\s+kỳ\s+quá\s+độ\s+lên\s+chủ\s+nghĩa\s+xã\s+hội)?)(?![\p{L}]))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Charter();
}
