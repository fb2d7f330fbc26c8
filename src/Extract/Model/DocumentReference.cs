namespace ChiBo.Extract.Model;

/// <summary>
/// A Party or State document cited by an article (references.md §4). <see cref="Text"/> is exactly
/// the article's text at [<see cref="Start"/>, <see cref="End"/>).
/// </summary>
public sealed record DocumentReference
{
    public required string Text { get; init; }

    public required int Start { get; init; }

    public required int End { get; init; }

    /// <summary>The head noun's type in Vietnamese: "Nghị quyết", "Chỉ thị", "Quy định"…</summary>
    public required string Type { get; init; }

    public string? Number { get; init; }

    /// <summary>Canonical code (06-NQ/HU, 144-QĐ/TW, 12/2023/NĐ-CP), or null when the text gives none.</summary>
    public string? Code { get; init; }

    public string? Issuer { get; init; }

    public string? IssuerLocality { get; init; }

    public DateOnly? Date { get; init; }

    public string? Term { get; init; }

    public string? Subject { get; init; }

    /// <summary>For a short form: the <see cref="Start"/> offset of the full reference it stands for in the same article.</summary>
    public int? ResolvesTo { get; init; }

    /// <summary>Which grammar matched: party, state-normative, state-administrative, mass-organisation, unnumbered, charter.</summary>
    public string? Family { get; init; }

    /// <summary>The registry entry (GET /api/references/{id}) this reference is grouped into; set only for indexed articles.</summary>
    public string? ReferenceId { get; init; }
}
