using System.Text.RegularExpressions;

namespace ChiBo.Extract.References;

/// <summary>
/// One document code as written at a position of the matching text, in its family's canonical form:
/// Party "06-NQ/HU" (also written "05/CT-TW"), mass organisation "367-QĐ/TWĐTN-VP", State normative
/// "30/2020/NĐ-CP", State administrative "45/QĐ-UBND".
/// </summary>
internal sealed partial record CitedCode(string Canonical, string Family, string Number, string TypeCode, string IssuerCode, int End)
{
    /// <summary>Reads a code starting exactly at <paramref name="index"/>, or returns null.</summary>
    public static CitedCode? ReadAt(string text, int index)
    {
        var m = StateNormativeAt().Match(text, index);
        if (m.Success)
        {
            var parts = Parts(m.Groups["rest"].Value);
            var canonical = $"{m.Groups["num"].Value}/{m.Groups["year"].Value}/{string.Join('-', parts)}";
            return new CitedCode(canonical, ReferenceFamily.StateNormative, m.Groups["num"].Value, parts[0], string.Join('-', parts.Skip(1)), m.Index + m.Length);
        }

        m = PartyAt().Match(text, index);
        if (m.Success && FromParty(m) is { } party)
        {
            return party;
        }

        m = StateOrderAt().Match(text, index);
        if (m.Success)
        {
            var type = m.Groups["type"].Value;
            var issuer = m.Groups["issuer"].Value;
            var partyType = DocumentCode.CanonicalType(type);
            var partyIssuer = DocumentCode.CanonicalIssuer(issuer);
            if (partyType is not null && partyIssuer is not null && IssuerCodes.IsParty(partyIssuer))
            {
                // State order used for a Party code ("05/CT-TW").
                return new CitedCode($"{m.Groups["num"].Value}-{partyType}/{partyIssuer}", ReferenceFamily.Party, m.Groups["num"].Value, partyType, partyIssuer, m.Index + m.Length);
            }

            var parts = Parts(issuer);
            return new CitedCode($"{m.Groups["num"].Value}/{type}-{string.Join('-', parts)}", ReferenceFamily.StateAdministrative, m.Groups["num"].Value, type, string.Join('-', parts), m.Index + m.Length);
        }

        return null;
    }

    /// <summary>Reads "06/HU" (number and issuer, the type given by an abbreviated head such as "NQ").</summary>
    public static CitedCode? ReadNumberIssuerAt(string text, int index, string partyType)
    {
        var m = NumberIssuerAt().Match(text, index);
        if (!m.Success || DocumentCode.CanonicalIssuer(m.Groups["issuer"].Value) is not { } issuer || !IssuerCodes.IsParty(issuer))
        {
            return null;
        }

        var number = m.Groups["num"].Value;
        return new CitedCode($"{number}-{partyType}/{issuer}", ReferenceFamily.Party, number, partyType, issuer, m.Index + m.Length);
    }

    /// <summary>Every Party or mass-organisation code in the text, wherever it stands.</summary>
    public static IEnumerable<CitedCode> FindParty(string text, Func<int, bool> isFree)
    {
        foreach (Match m in PartyAnywhere().Matches(text))
        {
            if (isFree(m.Index) && ReadAt(text, m.Index) is { } code && code.Family is ReferenceFamily.Party or ReferenceFamily.MassOrganisation or ReferenceFamily.StateNormative)
            {
                yield return code with { Start = m.Index };
            }
        }
    }

    /// <summary>Offset of the code's first character, when found by <see cref="FindParty"/>.</summary>
    public int Start { get; init; }

    /// <summary>This code with another number (a list "06, 07-NQ/HU" distributes type and issuer).</summary>
    public CitedCode WithNumber(string number, int start, int end) => Family == ReferenceFamily.Party || Family == ReferenceFamily.MassOrganisation
        ? this with { Canonical = $"{number}-{TypeCode}/{IssuerCode}", Number = number, Start = start, End = end }
        : this with { Canonical = number + Canonical[Number.Length..], Number = number, Start = start, End = end };

    private static CitedCode? FromParty(Match m)
    {
        var type = DocumentCode.CanonicalType(m.Groups["type"].Value);
        var issuer = DocumentCode.CanonicalIssuer(m.Groups["issuer"].Value);
        if (type is null || issuer is null)
        {
            return null;
        }

        var number = m.Groups["num"].Value;
        var family = IssuerCodes.IsParty(issuer) ? ReferenceFamily.Party : ReferenceFamily.MassOrganisation;
        return new CitedCode($"{number}-{type}/{issuer}", family, number, type, issuer, m.Index + m.Length);
    }

    private static string[] Parts(string written) =>
        written.Split('-', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    // An issuer part is upper case, "h" only in "ThU", dots only between letters ("T.Ư").
    private const string PartyIssuer = @"[A-ZĐƯ](?:[A-ZĐƯ]|\.(?=[A-ZĐƯ])|h(?=U))*";
    private const string StateIssuer = @"[A-ZĐƯ][A-ZĐƯa-zđư\d]*";

    [GeneratedRegex(@"\G(?<num>\d{1,4})[ \t]?-[ \t]?(?<type>[A-ZĐ][A-Za-zĐđ]{1,3})[ \t]?/[ \t]?(?<issuer>" + PartyIssuer + @"(?:[ \t]?-[ \t]?" + PartyIssuer + @")*)(?![\p{L}\d])", RegexOptions.CultureInvariant)]
    private static partial Regex PartyAt();

    [GeneratedRegex(@"(?<![\p{L}\d/.,-])\d{1,4}[ \t]?-[ \t]?[A-ZĐ][A-Za-zĐđ]{1,3}[ \t]?/[ \t]?[A-ZĐƯ]|(?<![\p{L}\d/.,-])\d{1,4}[ \t]?/[ \t]?(?:(?:19|20)\d\d[ \t]?/[ \t]?)?[A-ZĐ][A-Za-zĐđ]{0,5}[ \t]?-[ \t]?[A-ZĐƯ]", RegexOptions.CultureInvariant)]
    private static partial Regex PartyAnywhere();

    [GeneratedRegex(@"\G(?<num>\d{1,4})[ \t]?/[ \t]?(?<type>[A-ZĐ][A-Za-zĐđ]{0,5})[ \t]?-[ \t]?(?<issuer>" + StateIssuer + @"(?:[ \t]?-[ \t]?" + StateIssuer + @")*)(?![\p{L}\d])", RegexOptions.CultureInvariant)]
    private static partial Regex StateOrderAt();

    [GeneratedRegex(@"\G(?<num>\d{1,5})[ \t]?/[ \t]?(?<year>(?:19|20)\d{2})[ \t]?/[ \t]?(?<rest>" + StateIssuer + @"(?:[ \t]?-[ \t]?" + StateIssuer + @")*)(?![\p{L}\d])", RegexOptions.CultureInvariant)]
    private static partial Regex StateNormativeAt();

    [GeneratedRegex(@"\G(?<num>\d{1,4})[ \t]?/[ \t]?(?<issuer>" + PartyIssuer + @")(?![\p{L}\d-])", RegexOptions.CultureInvariant)]
    private static partial Regex NumberIssuerAt();
}
