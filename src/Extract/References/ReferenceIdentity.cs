using System.Globalization;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using ChiBo.Extract.Model;

namespace ChiBo.Extract.References;

/// <summary>
/// Which referenced document a reference stands for (references.md §5). Numbers restart per type per committee
/// term, so a local Party document is issuer code + issuer locality + type + number + (term or date); TW and State
/// codes are national, so their locality and time are left out. Unnumbered resolutions are named by their meeting
/// ("nghị quyết trung ương 4") and term. When a document that needs a time gives neither term nor date its identity
/// is marked <see cref="IsAmbiguous"/>: the registry keeps it apart rather than merging it with a dated one.
/// </summary>
public sealed partial record ReferenceIdentity(
    string? IssuerCode,
    string? IssuerLocality,
    string Type,
    string? Number,
    string? Term,
    DateOnly? Date,
    bool NeedsTime,
    string? Code = null)
{
    /// <summary>True when a document numbered per term gives neither its term nor its date.</summary>
    [JsonIgnore]
    public bool IsAmbiguous => NeedsTime && Term is null && Date is null;

    /// <summary>The time that tells this document from its namesakes: the term, else the date, else null.</summary>
    [JsonIgnore]
    public string? TermOrDate => NeedsTime ? Term ?? Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    /// <summary>Everything but the time: "HU|Yên Lạc|Nghị quyết|6".</summary>
    [JsonIgnore]
    public string BaseKey => string.Join('|', IssuerCode ?? "-", IssuerLocality ?? "-", Type, Number ?? "-");

    /// <summary>A stable key to group by: "HU|Yên Lạc|Nghị quyết|6|khóa XIX".</summary>
    [JsonIgnore]
    public string Key => BaseKey + "|" + (TermOrDate ?? "-");

    /// <summary>
    /// The URL-safe stem of a registry id: "06-NQ-HU-yen-lac", "144-QD-TW-quy-dinh" (the head noun is added only
    /// where it is not the one the code's type letters stand for), "nghi-quyet-trung-uong-4".
    /// </summary>
    [JsonIgnore]
    public string BaseId
    {
        get
        {
            var parts = new List<string>(3);
            if (Code is { } code)
            {
                parts.Add(UrlSlug.Of(code, keepCase: true));
                if (TypeCodeOf(code) is { } typeCode && DocumentTypes.NounOfPartyCode(typeCode) != Type)
                {
                    parts.Add(UrlSlug.Of(Type));
                }
            }
            else
            {
                parts.Add(UrlSlug.Of(Number ?? Type));
            }

            if (IssuerLocality is { } locality && NeedsTime)
            {
                parts.Add(UrlSlug.Of(locality));
            }

            return string.Join('-', parts.Where(p => p.Length > 0));
        }
    }

    /// <summary>The id of the document as this reference alone tells it: <see cref="BaseId"/> and the term or date.</summary>
    [JsonIgnore]
    public string Id => TermOrDate is { } when ? BaseId + "-" + UrlSlug.Of(when) : BaseId;

    public static ReferenceIdentity Of(DocumentReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (reference.Code is not { } code)
        {
            // Unnumbered resolutions are named by their meeting; a plenum or congress without its term is ambiguous,
            // a charter is one document.
            var timed = reference.Family != ReferenceFamily.Charter;
            return new ReferenceIdentity(null, timed ? reference.IssuerLocality : null, reference.Type, MeetingName(reference.Text), timed ? TermKey(reference.Term) : null, null, timed);
        }

        var number = int.TryParse(reference.Number, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n.ToString(CultureInfo.InvariantCulture)
            : reference.Number;
        var slash = code.IndexOf('/', StringComparison.Ordinal);
        var isParty = reference.Family is ReferenceFamily.Party or ReferenceFamily.MassOrganisation && slash > 0;
        if (!isParty)
        {
            return new ReferenceIdentity(code, null, reference.Type, number, null, null, false, code);
        }

        var issuer = code[(slash + 1)..];
        if (!IssuerCodes.IsLocal(issuer))
        {
            return new ReferenceIdentity(issuer, null, reference.Type, number, null, null, false, code);
        }

        return new ReferenceIdentity(issuer, reference.IssuerLocality, reference.Type, number, TermKey(reference.Term), reference.Date, true, code);
    }

    /// <summary>The term as a key: "khóa XIX, nhiệm kỳ 2005 - 2010" and "khóa XIX" name the same term.</summary>
    public static string? TermKey(string? term)
    {
        if (term is null)
        {
            return null;
        }

        var comma = term.IndexOf(',', StringComparison.Ordinal);
        return comma > 0 && term.StartsWith("khóa", StringComparison.Ordinal) ? term[..comma] : term;
    }

    private static string? TypeCodeOf(string code)
    {
        var dash = code.IndexOf('-', StringComparison.Ordinal);
        var slash = code.IndexOf('/', StringComparison.Ordinal);
        return dash > 0 && slash > dash ? code[(dash + 1)..slash] : null;
    }

    private static string MeetingName(string text)
    {
        // "Nghị quyết Hội nghị lần thứ 4 Ban Chấp hành Trung ương (khóa XII)" and "Nghị quyết Trung ương 4" share a name.
        var folded = VietnameseFolding.Fold(text);
        folded = TermWords().Replace(folded, " ");
        folded = FillerWords().Replace(folded, " ");
        return string.Join(' ', folded.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    [GeneratedRegex(@"\(?\s*khóa\s+[ivxlc]+\s*\)?|\(|\)|,", RegexOptions.CultureInvariant)]
    private static partial Regex TermWords();

    [GeneratedRegex(@"\b(?:hội nghị|ban chấp hành|lần thứ)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FillerWords();
}
