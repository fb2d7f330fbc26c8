using System.Globalization;
using System.Text;

namespace ChiBo.Extract.References;

/// <summary>Lower-case ASCII words joined by hyphens ("06-NQ/HU Yên Lạc" → "06-nq-hu-yen-lac"), for ids in URLs.</summary>
public static class UrlSlug
{
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var slug = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var ch = c is 'đ' or 'Đ' or '\u00D0' ? 'd' : char.ToLowerInvariant(c);
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (ch is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
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
