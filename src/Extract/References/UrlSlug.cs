using System.Globalization;
using System.Text;

namespace ChiBo.Extract.References;

/// <summary>ASCII words joined by hyphens ("Yên Lạc" → "yen-lac", "06-NQ/HU" → "06-NQ-HU"), for ids in URLs.</summary>
public static class UrlSlug
{
    /// <summary>The slug of <paramref name="text"/>, lower case unless <paramref name="keepCase"/> (document codes keep theirs).</summary>
    public static string Of(string text, bool keepCase = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var slug = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var ch = c switch
            {
                'đ' => 'd',
                'Đ' or '\u00D0' => keepCase ? 'D' : 'd',
                _ => keepCase ? c : char.ToLowerInvariant(c),
            };
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (ch is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9'))
            {
                slug.Append(ch);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().TrimEnd('-');
    }
}
