namespace ChiBo.Extract.References;

/// <summary>
/// Document types by head noun and by code (references.md §2), from <c>Data/document-types.tsv</c>.
/// The head noun decides the type; a code alone only names it when no head noun is written.
/// </summary>
internal static class DocumentTypes
{
    private static readonly Lazy<Table> Data = new(Load);

    /// <summary>Head nouns, longest first, as regex alternatives (case-insensitive).</summary>
    public static IReadOnlyList<string> Nouns => Data.Value.Nouns;

    /// <summary>Abbreviated heads written instead of the noun ("NQ 06").</summary>
    public static IReadOnlyList<string> Abbreviations => Data.Value.Abbreviations;

    /// <summary>The display noun ("Nghị quyết") of a head as written in any case or tone placement.</summary>
    public static string? NounOf(string head)
    {
        var table = Data.Value;
        return table.ByFoldedNoun.TryGetValue(VietnameseFolding.Fold(head), out var noun)
            ? noun
            : table.ByAbbreviation.GetValueOrDefault(head);
    }

    /// <summary>The Party type code of a display noun ("Quy định" → QĐ), or null for State-only types.</summary>
    public static string? PartyCodeOf(string noun) => Data.Value.PartyCode.GetValueOrDefault(noun);

    /// <summary>The noun a Party type code stands for when no head noun is written (QĐ → Quyết định).</summary>
    public static string NounOfPartyCode(string code) => code switch
    {
        "QĐi" or "QyĐ" => "Quy định",
        _ => Data.Value.NounByPartyCode.GetValueOrDefault(code, code),
    };

    /// <summary>The noun a State type code stands for (NĐ → Nghị định).</summary>
    public static string NounOfStateCode(string code) => Data.Value.NounByStateCode.GetValueOrDefault(code, code);

    /// <summary>True for a head that names no type ("văn bản số 2699/VPCP-NC"): the code's type stands instead.</summary>
    public static bool IsGeneric(string noun) => noun == "Văn bản";

    /// <summary>True for nouns whose document's name may stand before its number ("Luật Đất đai số 45/2013/QH13").</summary>
    public static bool IsTitledBeforeNumber(string noun) => noun is "Luật" or "Pháp lệnh";

    /// <summary>
    /// The noun a code's type code stands for; a State administrative code without a type code (a công văn:
    /// "2699/VPCP-NC", where the slot holds the issuing office) is a Công văn.
    /// </summary>
    public static string NounOfCode(CitedCode code)
    {
        var table = Data.Value;
        return code.Family switch
        {
            ReferenceFamily.Party or ReferenceFamily.MassOrganisation => NounOfPartyCode(code.TypeCode),
            _ => table.NounByStateCode.GetValueOrDefault(code.TypeCode)
                ?? table.NounByPartyCode.GetValueOrDefault(code.TypeCode)
                ?? "Công văn",
        };
    }

    private sealed record Table(
        string[] Nouns,
        string[] Abbreviations,
        Dictionary<string, string> ByFoldedNoun,
        Dictionary<string, string> ByAbbreviation,
        Dictionary<string, string> PartyCode,
        Dictionary<string, string> NounByPartyCode,
        Dictionary<string, string> NounByStateCode);

    private static Table Load()
    {
        var rows = EmbeddedTable.Read("document-types.tsv");
        var byFolded = new Dictionary<string, string>(StringComparer.Ordinal);
        var byAbbreviation = new Dictionary<string, string>(StringComparer.Ordinal);
        var partyCode = new Dictionary<string, string>(StringComparer.Ordinal);
        var nounByParty = new Dictionary<string, string>(StringComparer.Ordinal);
        var nounByState = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var noun = EmbeddedTable.Cell(row, 0);
            var party = EmbeddedTable.Cell(row, 1);
            var state = EmbeddedTable.Cell(row, 2);
            var abbreviation = EmbeddedTable.Cell(row, 3);
            byFolded[VietnameseFolding.Fold(noun)] = noun;
            if (party.Length > 0)
            {
                partyCode[noun] = party;
                nounByParty.TryAdd(party, noun);
            }

            if (state.Length > 0)
            {
                nounByState.TryAdd(state, noun);
            }

            if (abbreviation.Length > 0)
            {
                byAbbreviation[abbreviation] = noun;
            }
        }

        var nouns = byFolded.Values.OrderByDescending(n => n.Length).ToArray();
        var abbreviations = byAbbreviation.Keys.OrderByDescending(a => a.Length).ToArray();
        return new Table(nouns, abbreviations, byFolded, byAbbreviation, partyCode, nounByParty, nounByState);
    }
}
