using System.Globalization;
using System.Text.RegularExpressions;

namespace ChiBo.Extract.References;

/// <summary>
/// What follows a reference's code, in any order: date ("ngày 01/04/2009", "9/5/2024", "01-4-2009",
/// "ngày 01 tháng 4 năm 2009", day first), issuer ("của Ban Thường vụ Tỉnh ủy"), term ("khóa XIX",
/// "nhiệm kỳ 2005 - 2010") and, last, the subject ("về …" or a quoted title).
/// </summary>
internal sealed partial record CitationTail(int End, DateOnly? Date, string? Issuer, string? Term, string? Subject)
{
    private const int MaxParts = 8;

    /// <summary>Reads the tail starting at <paramref name="index"/>; <see cref="End"/> excludes the subject.</summary>
    public static CitationTail Read(string text, int index)
    {
        DateOnly? date = null;
        string? issuer = null;
        string? term = null;
        string? tenure = null;
        string? subject = null;
        var end = index;
        var position = index;
        var opened = false;
        for (var part = 0; part < MaxParts; part++)
        {
            var gap = Gap().Match(text, position);
            var at = gap.Index + gap.Length;
            var opens = gap.Value.Contains('(', StringComparison.Ordinal);
            Match m;
            if (date is null && (m = NumericDate().Match(text, at)).Success && TryDate(m, out var d))
            {
                date = d;
            }
            else if (date is null && (m = WordDate().Match(text, at)).Success && TryDate(m, out d))
            {
                date = d;
            }
            else if (issuer is null && (m = Of().Match(text, at)).Success && IssuerPhrase.ReadEnd(text, m.Index + m.Length) is var issuerEnd and > 0)
            {
                issuer = text[(m.Index + m.Length)..issuerEnd];
                end = position = CloseIfOpened(text, issuerEnd, ref opened, opens);
                continue;
            }
            else if (term is null && (m = Committee().Match(text, at)).Success)
            {
                term = m.Groups["term"].Value;
            }
            else if (tenure is null && (m = Tenure().Match(text, at)).Success)
            {
                tenure = m.Groups["from"].Value + " - " + m.Groups["to"].Value;
            }
            else if ((m = Quoted().Match(text, at)).Success)
            {
                subject = m.Groups["subject"].Value.Trim();
                break;
            }
            else if ((m = About().Match(text, at)).Success)
            {
                subject = WithoutMainClause(m.Groups["subject"].Value).Trim();
                break;
            }
            else
            {
                break;
            }

            end = position = CloseIfOpened(text, m.Index + m.Length, ref opened, opens);
        }

        var termText = (term, tenure) switch
        {
            (null, null) => null,
            ({ } t, null) => "khóa " + t,
            (null, { } y) => "nhiệm kỳ " + y,
            ({ } t, { } y) => $"khóa {t}, nhiệm kỳ {y}",
        };
        return new CitationTail(end, date, issuer, termText, subject);
    }

    // A closing parenthesis belongs to the reference only when its tail opened one: "(ngày 01/04/2009)", never the
    // one closing a parenthesis the reference stands in: "(Báo cáo số 386-BC/BTCTW, ngày 14/5/2025)".
    private static int CloseIfOpened(string text, int end, ref bool opened, bool opens)
    {
        opened |= opens;
        if (opened && Close().Match(text, end) is { Success: true } close)
        {
            opened = false;
            return close.Index + close.Length;
        }

        return end;
    }

    private static bool TryDate(Match m, out DateOnly date)
    {
        date = default;
        var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    [GeneratedRegex(@"\G[ \t]*,?[ \t]*(?:\([ \t]*)?")]
    private static partial Regex Gap();

    [GeneratedRegex(@"\G(?:ngày[ \t]*)?(?<d>\d{1,2})[ \t]*(?<s>[/.-])[ \t]*(?<m>\d{1,2})[ \t]*\k<s>[ \t]*(?<y>(?:19|20)\d{2})(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"\G(?:ngày[ \t]+)?(?<d>\d{1,2})[ \t]+tháng[ \t]+(?<m>\d{1,2})[ \t]+năm[ \t]+(?<y>(?:19|20)\d{2})(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WordDate();

    [GeneratedRegex(@"\G[ \t]*\)")]
    private static partial Regex Close();

    [GeneratedRegex(@"\G(?:của|do)[ \t]+", RegexOptions.CultureInvariant)]
    private static partial Regex Of();

    /// <summary>
    /// An unquoted "về …" runs on into the sentence: "về nâng cao chất lượng sinh hoạt chi bộ trực thuộc Đảng ủy xã,
    /// thị trấn, huyện Yên Lạc đã phát huy …". The subject ends at the comma before the clause whose verb is marked
    /// for tense ("đã", "đang", "sẽ"…), or before such a marker when no comma comes first, or at a comma that opens an
    /// adjunct ("qua đó", "nhằm", "góp phần"…).
    /// </summary>
    private static string WithoutMainClause(string subject)
    {
        var adjunct = AdjunctComma().Match(subject);
        if (adjunct.Success)
        {
            subject = subject[..adjunct.Index];
        }

        var marker = TenseMarker().Match(subject);
        if (!marker.Success)
        {
            return subject;
        }

        var comma = subject.LastIndexOf(',', marker.Index);
        return comma > 0 ? subject[..comma] : subject[..marker.Index];
    }

    [GeneratedRegex(@"[ \t](?:đã|đang|sẽ|vẫn|luôn|từng)[ \t]", RegexOptions.CultureInvariant)]
    private static partial Regex TenseMarker();

    [GeneratedRegex(@",[ \t]*(?:qua đó|nhờ đó|từ đó|theo đó|trong đó|nhằm|góp phần|đồng thời|tuy nhiên|nhưng|song)[ \t,]", RegexOptions.CultureInvariant)]
    private static partial Regex AdjunctComma();

    [GeneratedRegex(@"\G(?:khóa|khoá)[ \t]+(?<term>[IVXLC]{1,7})(?![\p{L}\d])", RegexOptions.CultureInvariant)]
    private static partial Regex Committee();

    [GeneratedRegex(@"\Gnhiệm[ \t]+kỳ[ \t]+(?<from>(?:19|20)\d{2})[ \t]*-[ \t]*(?<to>(?:19|20)\d{2})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Tenure();

    [GeneratedRegex(@"\G(?:về[ \t]+(?:việc[ \t]+)?)?[“""](?<subject>[^”""\n]{1,400})[”""]", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\Gvề[ \t]+(?:việc[ \t]+)?(?<subject>[^;.\n“”""()]{3,300})", RegexOptions.CultureInvariant)]
    private static partial Regex About();
}
