using System.Text.RegularExpressions;
using ChiBo.Ingest.Model;

namespace ChiBo.Ingest.Text;

/// <summary>
/// Reads a byline: "Nguyễn Tuyền - Phạm Tuấn" is two people; "Nguyễn Thị Thu Phương (Ủy ban Kiểm tra Thị ủy Hồng
/// Lĩnh)" is one person with an affiliation. A line that does not look like names yields nothing.
/// </summary>
public static partial class BylineParser
{
    public static IReadOnlyList<Author> Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var trimmed = line.Trim().TrimEnd('.');
        string? affiliation = null;
        var paren = Affiliation().Match(trimmed);
        if (paren.Success)
        {
            affiliation = paren.Groups["a"].Value.Trim();
            trimmed = trimmed[..paren.Index].Trim();
        }

        trimmed = Prefix().Replace(trimmed, string.Empty);
        var names = Separator().Split(trimmed).Select(n => n.Trim()).Where(n => n.Length > 0).ToList();
        if (names.Count == 0 || !names.All(IsName))
        {
            return [];
        }

        return names.Count == 1
            ? [new Author(names[0], affiliation)]
            : [.. names.Select(n => new Author(n, affiliation))];
    }

    /// <summary>Two to six capitalised words (a pen name may be one), letters only.</summary>
    public static bool IsName(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 6 && text.Length <= 50 &&
               words.All(w => char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c == '.'));
    }

    [GeneratedRegex(@"\((?<a>[^)]{3,120})\)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Affiliation();

    [GeneratedRegex(@"\s+[-–—&]\s+|\s*,\s*|\s+và\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Separator();

    [GeneratedRegex(@"^(?:Tác giả|Bài và ảnh|Bài, ảnh|Bài|Theo|PV|Phóng viên)\s*[:.]?\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Prefix();
}
