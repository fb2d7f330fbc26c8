using System.Globalization;
using System.Text.RegularExpressions;
using ChiBo.Extract.Model;

namespace ChiBo.Extract.References;

/// <summary>
/// Finds every Party and State document an article cites (references.md): coded references in any spelling with
/// their head noun, date, issuer, term and subject; lists sharing one head noun; short forms ("Nghị quyết 06")
/// resolved to the full reference in the same article, or given a code when the issuer is named in words; unnumbered
/// plenum and congress resolutions; named charters. Counts ("11 Nghị quyết"), bare nouns and year ranges are not
/// references. Offsets always index the text as given.
/// </summary>
public sealed partial class ReferenceExtractor(CodeTables tables)
{
    private const string Party = "party";

    public ReferenceExtractor()
        : this(CodeTables.Default)
    {
    }

    public IReadOnlyList<DocumentReference> Extract(string text, ArticleContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        var m = new MatchingText(text);
        var found = new List<Found>();
        FindCoded(m, context, found);
        FindState(m, found);
        FindShortForms(m, context, found);
        FindUnnumbered(m, found);
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        Resolve(found, context);
        return [.. found.Select(f => f.ToReference(m))];
    }

    private void FindCoded(MatchingText m, ArticleContext context, List<Found> found)
    {
        var t = m.Text;
        Found? previous = null;
        foreach (var code in DocumentCode.FindAll(t))
        {
            var parts = code.Canonical.Split('-', 2);
            var number = parts[0];
            var typeCode = parts[1].Split('/')[0];
            var issuerCode = parts[1][(parts[1].IndexOf('/', StringComparison.Ordinal) + 1)..];
            var start = code.Start;
            string? type = null;
            if (HeadNounBefore(t, code.Start) is { } head)
            {
                start = head.Start;
                type = head.Type;
            }
            else if (previous is not null && ListContinues(t, previous.End, code.Start))
            {
                type = previous.Type;
            }

            var reference = new Found(start, code.End, type ?? tables.TypeOfCode(typeCode), number, code.Canonical, Party)
            {
                IssuerCode = issuerCode,
            };
            ReadDetails(t, reference, code.End);
            reference.Issuer ??= IssuerBefore(t, start) ?? (previous is not null && ListContinues(t, previous.End, code.Start) ? previous.Issuer : null);
            reference.Issuer ??= DefaultIssuer(issuerCode);
            reference.IssuerLocality = IssuerLocality(issuerCode, reference.Issuer, context);
            found.Add(reference);
            previous = reference;
        }
    }

    private void FindState(MatchingText m, List<Found> found)
    {
        foreach (Match s in StateCode().Matches(m.Text))
        {
            if (found.Any(f => s.Index < f.End && f.Start < s.Index + s.Length))
            {
                continue;
            }

            var year = s.Groups["year"].Success;
            var typeCode = s.Groups["type"].Value;
            var canonical = Regex.Replace(s.Value, @"\s+", string.Empty);
            var head = HeadNounBefore(m.Text, s.Index);
            var reference = new Found(head?.Start ?? s.Index, s.Index + s.Length, head?.Type ?? StateType(typeCode), s.Groups["num"].Value, canonical, year ? "state-normative" : "state-administrative");
            ReadDetails(m.Text, reference, s.Index + s.Length);
            found.Add(reference);
        }
    }

    private void FindShortForms(MatchingText m, ArticleContext context, List<Found> found)
    {
        var t = m.Text;
        foreach (var (noun, type, typeCode) in tables.Types)
        {
            foreach (Match s in ShortForm(noun).Matches(t))
            {
                var end = s.Index + s.Length;
                if (found.Any(f => s.Index < f.End && f.Start < end) || !int.TryParse(s.Groups["num"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n is >= 1900 and <= 2100)
                {
                    continue;
                }

                // Short forms are capitalised head nouns ("Nghị quyết 06"); "kỷ luật 217 đảng viên" is a count.
                if (!char.IsUpper(t[s.Index]) || typeCode is null)
                {
                    continue;
                }

                var probe = new Found(s.Index, end, type, null, null, Party);
                var issuerEnd = ReadDetails(t, probe, end);
                var reference = new Found(s.Index, issuerEnd > end ? issuerEnd : end, type, s.Groups["num"].Value, null, Party) { TypeCode = typeCode };
                ReadDetails(t, reference, end);
                reference.IssuerCode = reference.Issuer is { } issuer ? tables.IssuerCodeOf(issuer) : null;
                reference.IssuerLocality = reference.IssuerCode is { } ic ? IssuerLocality(ic, reference.Issuer, context) : null;
                found.Add(reference);
            }
        }
    }

    private static void FindUnnumbered(MatchingText m, List<Found> found)
    {
        foreach (Match p in Plenum().Matches(m.Text))
        {
            if (!found.Any(f => p.Index < f.End && f.Start < p.Index + p.Length))
            {
                found.Add(new Found(p.Index, p.Index + p.Length, "Nghị quyết", null, null, "unnumbered")
                {
                    Issuer = "Ban Chấp hành Trung ương",
                    Term = p.Groups["term"].Success ? "khóa " + p.Groups["term"].Value : null,
                    Subject = "Hội nghị Trung ương " + p.Groups["plenum"].Value,
                });
            }
        }

        foreach (Match c in Congress().Matches(m.Text))
        {
            if (!found.Any(f => c.Index < f.End && f.Start < c.Index + c.Length))
            {
                found.Add(new Found(c.Index, c.Index + c.Length, "Nghị quyết", null, null, "unnumbered")
                {
                    Issuer = c.Groups["congress"].Value.Trim(),
                    Subject = c.Groups["congress"].Value.Trim(),
                });
            }
        }

        foreach (Match c in Charter().Matches(m.Text))
        {
            if (!found.Any(f => c.Index < f.End && f.Start < c.Index + c.Length))
            {
                found.Add(new Found(c.Index, c.Index + c.Length, c.Groups["type"].Value is var ty && ty.StartsWith('Đ') ? "Điều lệ" : "Cương lĩnh", null, null, "charter"));
            }
        }
    }

    /// <summary>Short forms point at the full reference with the same type and number, earlier or else later.</summary>
    private static void Resolve(List<Found> found, ArticleContext context)
    {
        foreach (var shortForm in found.Where(f => f.Code is null && f.Number is not null && f.Family == Party))
        {
            bool Matches(Found f) => f.Code is not null && f.Type == shortForm.Type && SameNumber(f.Number, shortForm.Number) &&
                (shortForm.IssuerCode is null || f.IssuerCode == shortForm.IssuerCode || (shortForm.IssuerCode == "TW" && f.IssuerCode == "TW"));
            var target = found.LastOrDefault(f => f.Start < shortForm.Start && Matches(f)) ?? found.FirstOrDefault(f => f.Start > shortForm.Start && Matches(f));
            if (target is not null)
            {
                shortForm.ResolvesTo = target.Start;
                continue;
            }

            // No antecedent: an issuer named in words still identifies the document ("Đề án 01 của BTV Tỉnh ủy").
            if (shortForm.IssuerCode is { } issuerCode && shortForm.TypeCode is { } typeCode)
            {
                shortForm.Code = $"{shortForm.Number}-{typeCode}/{issuerCode}";
                shortForm.IssuerLocality ??= IssuerLocality(issuerCode, shortForm.Issuer, context);
            }
        }
    }

    private static bool SameNumber(string? a, string? b) =>
        int.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out var x) && int.TryParse(b, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && x == y;

    private (int Start, string Type)? HeadNounBefore(string t, int codeStart)
    {
        var window = t[Math.Max(0, codeStart - 40)..codeStart];
        var lower = window.ToLowerInvariant();
        foreach (var (noun, type, _) in tables.Types)
        {
            var match = Regex.Match(lower, Regex.Escape(CodeTables.Key(noun)) + @"\s*(?:số\s*)?(?:[:.]\s*)?$", RegexOptions.CultureInvariant);
            if (match.Success && (match.Index == 0 || !char.IsLetter(lower[match.Index - 1])))
            {
                return (codeStart - window.Length + match.Index, type);
            }
        }

        return null;
    }

    /// <summary>"Nghị quyết số 21-NQ/TW, 22-NQ/TW" and "06, 07-NQ/HU": a comma or "và" between codes continues a list.</summary>
    private static bool ListContinues(string t, int previousEnd, int start) =>
        start - previousEnd <= 6 && Regex.IsMatch(t[previousEnd..start], @"^\s*(,|;|và)\s*(số\s*)?$", RegexOptions.CultureInvariant);

    /// <summary>Reads date, issuer, term and subject after a reference; returns where a directly following "của …" issuer ends, or -1.</summary>
    private static int ReadDetails(string t, Found reference, int after)
    {
        var issuerEnd = -1;
        var tail = t[after..Math.Min(t.Length, after + 260)];
        var sentenceEnd = SentenceEnd().Match(tail);
        if (sentenceEnd.Success)
        {
            tail = tail[..sentenceEnd.Index];
        }

        var date = DateAfter().Match(tail);
        if (date.Success && date.Index <= 3)
        {
            reference.Date = ParseDate(date);
        }

        var issuer = IssuerAfter().Match(tail);
        if (issuer.Success && issuer.Index <= (date.Success ? date.Index + date.Length + 3 : 3))
        {
            reference.Issuer = issuer.Groups["issuer"].Value.Trim();
            if (!date.Success)
            {
                issuerEnd = after + issuer.Groups["issuer"].Index + issuer.Groups["issuer"].Value.TrimEnd().Length;
            }
        }

        var term = Term().Match(tail);
        if (term.Success && term.Index <= 80)
        {
            reference.Term = term.Value.Trim().TrimEnd(',');
        }

        var subject = Subject().Match(tail);
        if (subject.Success && subject.Index <= 140)
        {
            reference.Subject = subject.Groups["s"].Value.Trim().Trim('"', '“', '”').Trim();
        }

        return issuerEnd;
    }

    private static DateOnly? ParseDate(Match date)
    {
        var day = int.Parse(date.Groups["d"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(date.Groups["m"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(date.Groups["y"].Value, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && day >= 1 && year is > 1930 and < 2100 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    private static string? IssuerBefore(string t, int start)
    {
        // "Ban Thường vụ Thị ủy đã ban hành Kết luận số …"
        var window = t[Math.Max(0, start - 80)..start];
        var match = IssuedBy().Match(window);
        return match.Success ? match.Groups["issuer"].Value.Trim() : null;
    }

    private static string? DefaultIssuer(string issuerCode) => issuerCode switch
    {
        "TW" => "Ban Chấp hành Trung ương",
        "BTCTW" => "Ban Tổ chức Trung ương",
        "UBKTTW" => "Ủy ban Kiểm tra Trung ương",
        _ => null,
    };

    private static string? IssuerLocality(string issuerCode, string? issuer, ArticleContext context)
    {
        var level = issuerCode.Split('-')[0];
        if (level.EndsWith("TW", StringComparison.Ordinal) || level is "BCT" or "BBT")
        {
            return null;
        }

        if (issuer is not null && NamedPlace().Match(issuer) is { Success: true } place)
        {
            return place.Groups["place"].Value.Trim();
        }

        var locality = context.Locality;
        if (locality is null)
        {
            return null;
        }

        return level.EndsWith("TU", StringComparison.Ordinal) ? locality.Province ?? locality.Name : locality.Name;
    }

    private static string StateType(string typeCode) => typeCode.ToUpperInvariant() switch
    {
        "NĐ" => "Nghị định",
        "QĐ" => "Quyết định",
        "TT" => "Thông tư",
        "TTLT" => "Thông tư liên tịch",
        "NQ" => "Nghị quyết",
        "NQLT" => "Nghị quyết liên tịch",
        "CT" => "Chỉ thị",
        "QH13" or "QH14" or "QH15" or "QH12" => "Luật",
        _ => "Văn bản",
    };

    private static Regex ShortForm(string noun) => ShortForms.GetOrAdd(noun, n => new Regex(
        @"(?<![\p{L}\d])" + Regex.Escape(CodeTables.Key(n)) + @"\s+(?:số\s+)?(?<num>\d{1,4})(?![\d.,/]\d|\s*[-/]\s*\p{Lu}|\s*(?:năm|tháng|ngày|%))",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled));

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Regex> ShortForms = new(StringComparer.Ordinal);

    [GeneratedRegex(@"(?<![\p{L}\d])(?<num>\d{1,5})/(?:(?<year>(?:19|20)\d{2})/)?(?<type>[A-ZĐ]{1,5}\d{0,2})(?:-(?<issuer>[A-ZĐ][A-Za-zĐđ0-9]{0,9}))+(?![\p{L}\d])", RegexOptions.CultureInvariant)]
    private static partial Regex StateCode();

    [GeneratedRegex(@"(?i)nghị quyết\s+(?:hội nghị\s+)?(?:lần thứ\s+\w+\s+)?(?:ban chấp hành\s+)?trung ương\s+(?<plenum>\d{1,2}|[IVX]{1,4})(?:\s*\((?:khóa|khoá)\s+(?<term>[IVXLC]+)\))?", RegexOptions.CultureInvariant)]
    private static partial Regex Plenum();

    [GeneratedRegex(@"(?i)nghị quyết\s+(?<congress>đại hội\s+(?:(?:đại biểu\s+)?(?:toàn quốc\s+)?(?:lần thứ\s+)?[IVXLC]+(?:\s+của\s+đảng)?|đảng bộ\s+[\p{L} ]{1,40}?\s+lần thứ\s+[IVXLC]+))", RegexOptions.CultureInvariant)]
    private static partial Regex Congress();

    [GeneratedRegex(@"(?<type>Điều lệ Đảng|Cương lĩnh chính trị|Cương lĩnh xây dựng đất nước)", RegexOptions.CultureInvariant)]
    private static partial Regex Charter();

    [GeneratedRegex(@"^\s*,?\s*(?:ban hành\s+)?ngày\s+(?:(?<d>\d{1,2})\s*[/.-]\s*(?<m>\d{1,2})\s*[/.-]\s*(?<y>\d{4})|(?<d>\d{1,2})\s+tháng\s+(?<m>\d{1,2})\s+năm\s+(?<y>\d{4}))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DateAfter();

    [GeneratedRegex(@"\s*,?\s*của\s+(?<issuer>[^,;.()""“”]+?)(?=\s+(?:về|khóa|khoá|nhiệm kỳ|nhằm|gắn|đã|để|là|và|với|trong|theo|đến|tới|cho|tại)\b|\s*[,;.()""“”:]|\s*$)", RegexOptions.CultureInvariant)]
    private static partial Regex IssuerAfter();

    [GeneratedRegex(@"(?:khóa|khoá)\s+[IVXLC]+(?:\s*,\s*nhiệm kỳ\s+\d{4}\s*-\s*\d{4})?|nhiệm kỳ\s+\d{4}\s*-\s*\d{4}", RegexOptions.CultureInvariant)]
    private static partial Regex Term();

    [GeneratedRegex(@"(?:\bvề\s+|^\s*,?\s*)(?<s>[""“][^""”]{3,200}[""”]|(?<=về\s+)[^""“”;.]{3,160}?)(?=[,;.]|\s+(?:gắn|nhằm)\b|$)", RegexOptions.CultureInvariant)]
    private static partial Regex Subject();

    [GeneratedRegex(@"[.;!?](?:\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"(?<issuer>(?:Ban Thường vụ|Ban Chấp hành|BTV|Thường trực|Ban Bí thư|Bộ Chính trị)?\s*(?:Tỉnh ủy|Thành ủy|Huyện ủy|Thị ủy|Quận ủy|Đảng ủy|Trung ương|Bộ Chính trị|Ban Bí thư)(?:\s+\p{Lu}\p{L}*){0,3})\s+(?:đã\s+)?(?:ban hành|ra|xây dựng và ban hành)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex IssuedBy();

    [GeneratedRegex(@"(?:Tỉnh ủy|Thành ủy|Huyện ủy|Thị ủy|Quận ủy|Đảng ủy|tỉnh|thành phố|huyện|thị xã|quận)\s+(?<place>\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,3})", RegexOptions.CultureInvariant)]
    private static partial Regex NamedPlace();

    private sealed class Found(int start, int end, string type, string? number, string? code, string family)
    {
        public int Start { get; } = start;

        public int End { get; } = end;

        public string Type { get; } = type;

        public string? Number { get; } = number;

        public string? Code { get; set; } = code;

        public string Family { get; } = family;

        public string? TypeCode { get; init; }

        public string? IssuerCode { get; set; }

        public string? Issuer { get; set; }

        public string? IssuerLocality { get; set; }

        public DateOnly? Date { get; set; }

        public string? Term { get; set; }

        public string? Subject { get; set; }

        public int? ResolvesTo { get; set; }

        public DocumentReference ToReference(MatchingText m)
        {
            var start = m.ToOriginal(Start);
            var end = m.ToOriginal(End);
            return new DocumentReference
            {
                Text = m.Original[start..end],
                Start = start,
                End = end,
                Type = Type,
                Number = Number,
                Code = Code,
                Issuer = Issuer,
                IssuerLocality = IssuerLocality,
                Date = Date,
                Term = Term,
                Subject = Subject,
                ResolvesTo = ResolvesTo is { } r ? m.ToOriginal(r) : null,
                Family = Family,
            };
        }
    }
}
