using System.Globalization;
using ChiBo.Extract.Model;

namespace ChiBo.Extract.References;

/// <summary>
/// Which referenced document a reference stands for (references.md §5). Numbers restart per type per committee
/// term, so a Party document is issuer code + issuer locality + type + number + (term or date); TW and State
/// codes are national, so their locality is left out. When a local reference gives neither term nor date its
/// identity is marked <see cref="IsAmbiguous"/>: the registry keeps it apart rather than merging it with a dated one.
/// </summary>
public sealed record ReferenceIdentity(string? IssuerCode, string? IssuerLocality, string Type, string? Number, string? TermOrDate)
{
    /// <summary>True when a local document's term and date are both unknown.</summary>
    public bool IsAmbiguous => IssuerCode is not null && IssuerLocality is not null && TermOrDate is null;

    /// <summary>A stable key to group by: "HU|Yên Lạc|Nghị quyết|6|khóa XIX".</summary>
    public string Key => string.Join('|', IssuerCode ?? "-", IssuerLocality ?? "-", Type, Number ?? "-", TermOrDate ?? "-");

    public static ReferenceIdentity Of(DocumentReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (reference.Code is not { } code)
        {
            // Unnumbered resolutions and charters are named by their meeting or title.
            return new ReferenceIdentity(null, reference.IssuerLocality, reference.Type, null, reference.Term ?? reference.Issuer);
        }

        var number = int.TryParse(reference.Number, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n.ToString(CultureInfo.InvariantCulture)
            : reference.Number;
        var slash = code.IndexOf('/', StringComparison.Ordinal);
        var isParty = reference.Family is ReferenceFamily.Party or ReferenceFamily.MassOrganisation && slash > 0;
        if (!isParty)
        {
            return new ReferenceIdentity(code, null, reference.Type, number, null);
        }

        var issuer = code[(slash + 1)..];
        if (!IssuerCodes.IsLocal(issuer))
        {
            return new ReferenceIdentity(issuer, null, reference.Type, number, null);
        }

        var when = TermKey(reference.Term) ?? reference.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new ReferenceIdentity(issuer, reference.IssuerLocality, reference.Type, number, when);
    }

    private static string? TermKey(string? term)
    {
        if (term is null)
        {
            return null;
        }

        // "khóa XIX, nhiệm kỳ 2005 - 2010" and "khóa XIX" name the same term.
        var comma = term.IndexOf(',', StringComparison.Ordinal);
        return comma > 0 && term.StartsWith("khóa", StringComparison.Ordinal) ? term[..comma] : term;
    }
}
