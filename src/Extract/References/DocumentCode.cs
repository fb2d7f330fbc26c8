using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ChiBo.Extract.References;

/// <summary>
/// Canonical Party document codes: number-TYPE/ISSUER ("06-NQ/HU", "144-QĐ/TW"), from any spelling the press or a
/// researcher uses ("06/NQ-HU", "NQ 06/HU", "06-nq/hu", "144-QĐ/TƯ", "144-QD/T.Ư", "11- ĐA/TU").
/// TƯ = T.Ư = TW (Trung ương), but TƯ ≠ TU (Tỉnh ủy) and ThU (Thị ủy) ≠ TU: diacritic folding must never merge them,
/// so the issuer is read before any folding. A code typed without diacritics gets them back where a Party code is
/// unambiguous: QD → QĐ, DA → ĐA (a Party code has no DA "dự án"), DU → ĐU; TW, TU, HU and ThU are never folded
/// into one another.
/// </summary>
public static partial class DocumentCode
{
    /// <summary>
    /// Parses <paramref name="text"/> when it is, as a whole, one document code in any spelling ("144-QD/TW",
    /// "06/NQ-HU", "NQ 06/HU", "144 - QĐ/T.Ư"), giving its canonical form ("144-QĐ/TW", "06-NQ/HU"). State
    /// normative codes ("30/2020/nđ-cp") are accepted too, upper-cased with their separators normalised.
    /// </summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out string? canonical)
    {
        canonical = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var normalized = Prepare(text).Trim();
        var state = WholeStateNormative().Match(normalized);
        if (state.Success)
        {
            var parts = state.Groups["rest"].Value.ToUpperInvariant()
                .Split('-', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (parts[0] == "ND")
            {
                parts[0] = "NĐ";
            }

            canonical = $"{state.Groups["num"].Value}/{state.Groups["year"].Value}/{string.Join('-', parts)}";
            return true;
        }

        foreach (var regex in new[] { PartyOrder(), StateOrder(), TypeFirst() })
        {
            var match = regex.Match(normalized);
            if (match.Success && match.Index == 0 && match.Length == normalized.Length
                && TryBuild(match.Groups["num"].Value, match.Groups["type"].Value, match.Groups["issuer"].Value, out canonical))
            {
                return true;
            }
        }

        canonical = null;
        return false;
    }

    /// <summary>Finds the first code in <paramref name="text"/> and returns its canonical form.</summary>
    public static bool TryCanonicalize(string text, [NotNullWhen(true)] out string? canonical)
    {
        canonical = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var normalized = Prepare(text);
        foreach (var regex in new[] { PartyOrder(), StateOrder(), TypeFirst() })
        {
            var match = regex.Match(normalized);
            if (match.Success && (regex == PartyOrder() || IsPartyIssuer(match.Groups["issuer"].Value)) &&
                TryBuild(match.Groups["num"].Value, match.Groups["type"].Value, match.Groups["issuer"].Value, out canonical))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every Party code in <paramref name="text"/>, left to right, without overlaps; offsets index the text as given.</summary>
    public static IReadOnlyList<DocumentCodeMatch> FindAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Prepare maps single characters to single characters, so offsets in the prepared text are offsets in the original.
        var prepared = Prepare(text);
        if (prepared.Length != text.Length)
        {
            prepared = text;
        }

        var found = new List<DocumentCodeMatch>();
        foreach (var regex in new[] { PartyOrder(), StateOrder(), TypeFirst() })
        {
            foreach (Match match in regex.Matches(prepared))
            {
                if (found.Any(f => match.Index < f.End && f.Start < match.Index + match.Length))
                {
                    continue;
                }

                if ((regex == PartyOrder() || IsPartyIssuer(match.Groups["issuer"].Value)) &&
                    TryBuild(match.Groups["num"].Value, match.Groups["type"].Value, match.Groups["issuer"].Value.TrimEnd('.'), out var canonical))
                {
                    var length = match.Length;
                    while (length > 0 && prepared[match.Index + length - 1] == '.')
                    {
                        length--;
                    }

                    found.Add(new DocumentCodeMatch(match.Index, length, canonical));
                }
            }
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>The canonical code of <paramref name="text"/>, or null when it holds none.</summary>
    public static string? Canonicalize(string text) => TryCanonicalize(text, out var c) ? c : null;

    private static string Prepare(string text)
    {
        var s = text.Normalize(NormalizationForm.FormC)
            .Replace('\u00D0', 'Đ')
            .Replace('\u2013', '-')
            .Replace('\u2012', '-')
            .Replace('\u2212', '-')
            .Replace('\u2011', '-')
            .Replace('\u2010', '-');
        return s;
    }

    private static bool TryBuild(string number, string type, string issuer, [NotNullWhen(true)] out string? canonical)
    {
        canonical = null;
        var t = CanonicalType(type);
        var i = CanonicalIssuer(issuer);
        if (t is null || i is null)
        {
            return false;
        }

        canonical = string.Create(CultureInfo.InvariantCulture, $"{number}-{t}/{i}");
        return true;
    }

    internal static string? CanonicalType(string type)
    {
        var upper = type.Replace(".", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        return upper switch
        {
            "QD" or "QĐ" => "QĐ",
            "QDNS" or "QĐNS" => "QĐNS", // quyết định nhân sự: a personnel decision ("439-QĐNS/TW")
            "QDI" or "QĐI" => "QĐi",
            "QYD" or "QYĐ" => "QyĐ",
            "DA" or "ĐA" => "ĐA",
            "CTR" => "CTr",
            "TTR" => "TTr",
            "NQ" or "CT" or "KL" or "QC" or "HD" or "TT" or "TB" or "TC" or "BC" or "KH" or "PA" or "CV" or "BB" or "GM" => upper,
            _ => null,
        };
    }

    internal static string? CanonicalIssuer(string issuer)
    {
        var compact = issuer.Replace(".", string.Empty, StringComparison.Ordinal);
        if (compact.Length == 0)
        {
            return null;
        }

        var parts = compact.Split('-', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var canonicalParts = new List<string>(parts.Length);
        foreach (var part in parts)
        {
            var c = CanonicalIssuerPart(part);
            if (c is null)
            {
                return null;
            }

            canonicalParts.Add(c);
        }

        return canonicalParts.Count == 0 ? null : string.Join('-', canonicalParts);
    }

    private static string? CanonicalIssuerPart(string part)
    {
        var upper = part.ToUpperInvariant();
        switch (upper)
        {
            case "TW" or "TƯ":
                return "TW";
            case "THU":
                return "ThU";
            case "DU" or "ĐU":
                return "ĐU";
            case "DUK" or "ĐUK":
                return "ĐUK";
            default:
                break;
        }

        if (upper.Length is < 2 or > 12 || !upper.All(ch => char.IsLetter(ch)))
        {
            return null;
        }

        // Advisory bodies end in the level (…TW, …TU, …HU): TƯ at the end means TW there too.
        if (upper.EndsWith("TƯ", StringComparison.Ordinal))
        {
            upper = upper[..^2] + "TW";
        }

        return upper;
    }

    /// <summary>
    /// True when an issuer written in State order ("05/CT-TW") is a Party issuer: a committee level code (TW, TU, HU,
    /// ThU, QU, ĐU, ĐUK, CB) or an advisory body built on one (BTCTW, UBKTTU…). "UBND", "CP", "TTg" are State issuers.
    /// </summary>
    public static bool IsPartyIssuer(string issuer)
    {
        var first = issuer.Replace(".", string.Empty, StringComparison.Ordinal).Split('-')[0].Trim().ToUpperInvariant();
        string[] levels = ["TW", "TƯ", "TU", "HU", "THU", "QU", "ĐU", "DU", "ĐUK", "DUK", "CB"];
        return levels.Any(l => first == l || (first.Length > l.Length && first.EndsWith(l, StringComparison.Ordinal) && first.StartsWith('B'))) ||
               first is "BCT" or "BBT" or "BCSĐ" or "ĐĐ" or "QUTW" or "ĐUQSTW" || first.StartsWith("UBKT", StringComparison.Ordinal) || first.StartsWith("VPT", StringComparison.Ordinal);
    }

    private const string Letters = @"A-Za-zĐđƯưÐ";

    [GeneratedRegex(@"(?<![\p{L}\d])(?<num>\d{1,4})\s*-\s*(?<type>[" + Letters + @"]{2,4})\s*/\s*(?<issuer>[" + Letters + @"][" + Letters + @"\.]*(?:\s*-\s*[" + Letters + @"][" + Letters + @"\.]*)*)", RegexOptions.CultureInvariant)]
    private static partial Regex PartyOrder();

    [GeneratedRegex(@"(?<![\p{L}\d])(?<num>\d{1,4})\s*/\s*(?<type>[" + Letters + @"]{2,4})\s*-\s*(?<issuer>[" + Letters + @"][" + Letters + @"\.]*)", RegexOptions.CultureInvariant)]
    private static partial Regex StateOrder();

    [GeneratedRegex(@"^(?<num>\d{1,5})\s*/\s*(?<year>(?:19|20)\d{2})\s*/\s*(?<rest>[\p{L}][\p{L}\d]*(?:\s*-\s*[\p{L}][\p{L}\d]*)*)$", RegexOptions.CultureInvariant)]
    private static partial Regex WholeStateNormative();

    [GeneratedRegex(@"(?<![\p{L}\d])(?<type>[" + Letters + @"]{2,4})\s+(?<num>\d{1,4})\s*/\s*(?<issuer>[" + Letters + @"][" + Letters + @"\.]*)", RegexOptions.CultureInvariant)]
    private static partial Regex TypeFirst();
}
