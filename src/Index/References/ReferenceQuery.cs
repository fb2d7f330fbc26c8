namespace ChiBo.Index.References;

/// <summary>GET /api/references as the API states it: filters, all optional and combined with AND, and a page.</summary>
public sealed record ReferenceQuery
{
    /// <summary>A document code in any spelling ("144-QD/TW" = "144-QĐ/TƯ").</summary>
    public string? Code { get; init; }

    /// <summary>The document type ("Nghị quyết", "nghi quyet").</summary>
    public string? Type { get; init; }

    /// <summary>Words of the issuer's name ("Huyện ủy") or its code after the slash ("HU").</summary>
    public string? Issuer { get; init; }

    /// <summary>The issuing locality, or the locality or province of a citing article.</summary>
    public string? Locality { get; init; }

    /// <summary>Folded words matched against code, subject and issuer.</summary>
    public string? Text { get; init; }

    public int Page { get; init; } = 1;

    public int Size { get; init; } = 20;
}
