using System.Globalization;
using System.Text.RegularExpressions;
using ChiBo.Extract.Model;

namespace ChiBo.Extract.References;

/// <summary>
/// References led by a head noun and a number or code: "Nghị quyết số 06-NQ/HU, ngày 01/04/2009 của …",
/// "Chỉ thị 05/CT-TW", "Quyết địnhsố 707-QĐ/TU", "NQ 06/HU", lists ("các Nghị quyết số 21-NQ/TW, 22-NQ/TW",
/// "Nghị quyết số 06, 07-NQ/HU") and short forms ("Nghị quyết số 06 của Huyện ủy", "Nghị quyết 06").
/// Counts ("11 Nghị quyết, 03 đề án") and bare type nouns are not references: a number must follow the noun.
/// Offsets are into the matching text.
/// </summary>
internal static partial class NumberedReferenceMatcher
{
    private static readonly Lazy<Regex> Head = new(() =>
    {
        var nouns = string.Join('|', DocumentTypes.Nouns.Select(n => Regex.Escape(n).Replace(@"\ ", @"\s+", StringComparison.Ordinal)));
        var abbreviations = string.Join('|', DocumentTypes.Abbreviations.Select(Regex.Escape));
        return new Regex(
            @"(?<![\p{L}\d])(?:(?<noun>" + nouns + @")|(?-i:(?<abbr>" + abbreviations + @")))(?=\s|số|Số)",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    });

    public static void Find(string text, ArticleContext context, List<DocumentReference> found)
    {
        foreach (Match head in Head.Value.Matches(text))
        {
            var noun = DocumentTypes.NounOf(head.Value);
            if (noun is null)
            {
                continue;
            }

            var after = AfterHead().Match(text, head.Index + head.Length);
            if (!after.Success || after.Length == 0)
            {
                continue;
            }

            var hasNumberWord = after.Groups["so"].Success;
            var items = ReadItems(text, after.Index + after.Length, noun);
            if (items.Count == 0 && DocumentTypes.IsTitledBeforeNumber(noun) && TitleThenNumber().Match(text, head.Index + head.Length) is { Success: true } titled)
            {
                // "Luật thuế XNK số 107/2016/QH13": a law's name may stand between the noun and its code.
                items = ReadItems(text, titled.Index + titled.Length, noun);
                hasNumberWord = items.Count > 0 && items[0].Code is not null;
                if (!hasNumberWord)
                {
                    continue;
                }
            }

            if (items.Count == 0)
            {
                continue;
            }

            // "11 Nghị quyết, 03 đề án" counts documents; a code after the noun never does ("Điều 5 Quyết định 157/2007/QĐ-TTg").
            if (!hasNumberWord && items[0].Code is null && IsCount(text, head.Index))
            {
                continue;
            }

            if (items.All(i => i.Code is null))
            {
                var bare = items[0];
                var capitalised = head.Groups["abbr"].Success || char.IsUpper(head.Value[0]);
                if (DocumentTypes.PartyCodeOf(noun) is null || (!hasNumberWord && (!capitalised || bare.Number.Length == 4)))
                {
                    continue;
                }

                items = [bare];
            }
            else
            {
                var lastCode = items.FindLastIndex(i => i.Code is not null);
                items = items.Take(lastCode + 1).ToList();
            }

            Emit(text, context, head.Index, noun, items, found);
        }
    }

    private static void Emit(string text, ArticleContext context, int headStart, string noun, List<Item> items, List<DocumentReference> found)
    {
        var tail = CitationTail.Read(text, items[^1].End);
        var before = IssuerBefore(text, headStart);
        var issuerWritten = tail.Issuer ?? before.Issuer;
        var date = tail.Date ?? before.Date;
        for (var k = 0; k < items.Count; k++)
        {
            var item = items[k];
            var code = item.Code ?? items.Skip(k).FirstOrDefault(i => i.Code is not null)?.Code?.WithNumber(item.Number, item.Start, item.End);
            var type = DocumentTypes.IsGeneric(noun) && code is not null ? DocumentTypes.NounOfCode(code) : noun;

            var start = k == 0 ? headStart : item.Start;
            var end = k == items.Count - 1 ? Math.Max(tail.End, item.End) : item.End;
            var isParty = code?.Family is ReferenceFamily.Party or ReferenceFamily.MassOrganisation;
            var issuer = issuerWritten ?? (isParty && code is not null ? IssuerCodes.DefaultName(code.IssuerCode, context) : null);
            string? locality = null;
            if (isParty && code is not null)
            {
                locality = IssuerCodes.IssuerLocality(code.IssuerCode, issuerWritten, context);
            }
            else if (code is null && issuerWritten is not null && IssuerCodes.Infer(issuerWritten, context) is { } inferred)
            {
                locality = IssuerCodes.IssuerLocality(inferred, issuerWritten, context);
            }

            found.Add(new DocumentReference
            {
                Text = text[start..end],
                Start = start,
                End = end,
                Type = type,
                Number = item.Number,
                Code = code?.Canonical,
                Issuer = issuer,
                IssuerLocality = locality,
                // A date after a list's last code is that item's own when the items before carry theirs; else it may be the list's.
                Date = item.Date ?? (items.Count == 1 || (k == items.Count - 1 && items[0].Date is not null) ? date : null),
                Term = tail.Term,
                Subject = tail.Subject,
                Family = code?.Family ?? ReferenceFamily.Party,
            });
        }
    }

    private static List<Item> ReadItems(string text, int position, string noun)
    {
        var items = new List<Item>();
        var abbreviationType = DocumentTypes.PartyCodeOf(noun);
        while (position < text.Length)
        {
            var code = CitedCode.ReadAt(text, position)
                ?? (abbreviationType is null ? null : CitedCode.ReadNumberIssuerAt(text, position, abbreviationType));
            if (code is not null)
            {
                items.Add(new Item(code.Number, position, code.End, code));
            }
            else if (BareNumber().Match(text, position) is { Success: true } bare)
            {
                items.Add(new Item(bare.Value, position, position + bare.Length, null));
            }
            else
            {
                break;
            }

            var separator = ListSeparator().Match(text, items[^1].End);
            if (!separator.Success && items[^1].Code is not null && ItemDateStart().IsMatch(text[items[^1].End..Math.Min(text.Length, items[^1].End + 12)])
                && CitationTail.Read(text, items[^1].End) is { Date: { } date, Issuer: null, Term: null } tail
                && (separator = ListSeparator().Match(text, tail.End)).Success)
            {
                // A coded item dated on its own before the list goes on: "số 357/TB-VPCP ngày 6/11/2015 và số 161/TB-VPCP".
                items[^1] = items[^1] with { End = tail.End, Date = date };
            }

            if (!separator.Success)
            {
                break;
            }

            position = separator.Index + separator.Length;
        }

        return items;
    }

    private static bool IsCount(string text, int headStart) => CountBefore().Match(text, Math.Max(0, headStart - 12), headStart - Math.Max(0, headStart - 12)).Success;

    /// <summary>
    /// The issuer named as the subject that issues, signs or has the document ("Thành ủy Hà Nội vừa ban hành Kế hoạch
    /// số …", "UBND huyện Khoái Châu cũng ra Quyết định …"), and the date leading that sentence ("Ngày 17/5/2025, Bộ
    /// Chính trị, Ban Bí thư đã ban hành …").
    /// </summary>
    private static (string? Issuer, DateOnly? Date) IssuerBefore(string text, int headStart)
    {
        var from = Math.Max(0, headStart - 160);
        var m = IssuerThenIssued().Match(text, from, headStart - from);
        if (!m.Success)
        {
            return (null, null);
        }

        DateOnly? date = null;
        if (m.Groups["d"].Success && DateOnly.TryParseExact(
            $"{m.Groups["d"].Value}/{m.Groups["m"].Value}/{m.Groups["y"].Value}", "d/M/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            date = d;
        }

        return (m.Groups["issuer"].Value, date);
    }

    private sealed record Item(string Number, int Start, int End, CitedCode? Code, DateOnly? Date = null);

    [GeneratedRegex(@"\G(?:[ \t]*(?<so>[Ss]ố|SỐ)(?![\p{L}])[ \t]*:?[ \t]*|[ \t]+)", RegexOptions.CultureInvariant)]
    private static partial Regex AfterHead();

    [GeneratedRegex(@"\G[ \t]+(?:\p{L}+[ \t]+){1,6}?[Ss]ố[ \t]*:?[ \t]*(?=\d)", RegexOptions.CultureInvariant)]
    private static partial Regex TitleThenNumber();

    [GeneratedRegex(@"^[ \t]*,?[ \t]*ngày[ \t]*\d", RegexOptions.CultureInvariant)]
    private static partial Regex ItemDateStart();

    [GeneratedRegex(@"\G(?<num>\d{1,4})(?![\d\p{L}%]|[.,/]\d|[ \t]*/|[ \t]?-[ \t]?\d)", RegexOptions.CultureInvariant)]
    private static partial Regex BareNumber();

    // "số" may be repeated before a later item: "văn bản số 357/TB-VPCP ngày 6/11/2015 và số 161/TB-VPCP …".
    [GeneratedRegex(@"\G[ \t]*(?:,[ \t]*(?:và[ \t]+)?|[ \t]+và[ \t]+)(?:số[ \t]+)?(?=\d)", RegexOptions.CultureInvariant)]
    private static partial Regex ListSeparator();

    [GeneratedRegex(@"(?<![\d.,])\d[\d.]*[ \t]+$", RegexOptions.CultureInvariant)]
    private static partial Regex CountBefore();

    private const string PartyIssuerWords = @"Bộ Chính trị(?:,?\s+(?:và\s+)?Ban Bí thư)?|Ban Bí thư|(?:(?:Ban Thường vụ|Ban Chấp hành|BTV|BCH|Thường trực|Ban Tổ chức|Ban Tuyên giáo|Ban Dân vận|Ủy ban Kiểm tra)\s+)?(?:(?:Tỉnh|Huyện|Thành|Thị|Quận|Đảng)\s+(?:ủy|uỷ)(?:\s+\p{Lu}\p{Ll}*){0,3}|Trung ương)";

    private const string StateIssuerWords = @"(?:Văn phòng\s+)?(?:UBND|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân|Hội đồng nhân dân)(?:\s+(?:tỉnh|thành phố|TP|huyện|quận|thị xã|xã|phường|thị trấn))?(?:\s+\p{Lu}\p{Ll}*){0,3}|Thủ tướng Chính phủ|Thủ tướng|Chính phủ|Văn phòng Chính phủ|Quốc hội|Quốc Hội|Bộ(?:\s+\p{Lu}\p{Ll}*)(?:\s+(?:và\s+)?\p{Ll}+){0,4}";

    [GeneratedRegex(@"(?:(?<![\p{L}\d])[Nn]gày\s+(?<d>\d{1,2})/(?<m>\d{1,2})/(?<y>(?:19|20)\d{2}),?\s+)?(?<![\p{L}\d])(?<issuer>" + PartyIssuerWords + "|" + StateIssuerWords + @")\s+(?:(?:đã|vừa|mới|cũng)\s+)*(?:ký\s+ban hành|ban hành|ký|ra|có|thông qua)\s+(?:các\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IssuerThenIssued();
}
