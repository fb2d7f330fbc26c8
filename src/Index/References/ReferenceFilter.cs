using ChiBo.Extract.References;
using ChiBo.Extract.References.Registry;
using ChiBo.Index.Storage;

namespace ChiBo.Index.References;

/// <summary>Applies a <see cref="ReferenceQuery"/> to the catalog: filter, sort by mentions then recency, page.</summary>
internal static class ReferenceFilter
{
    public static ReferencePage Apply(ReferenceCatalog catalog, ReferenceQuery query)
    {
        var code = query.Code is { } c ? CodeKey(c) : null;
        var type = query.Type is { } t ? FilterKey.Of(t) : null;
        var issuer = query.Issuer is { } i ? FilterKey.Of(i) : null;
        var locality = query.Locality is { } l ? FilterKey.Of(l) : null;
        var text = query.Text is { } q ? FilterKey.Of(q) : null;
        var textCode = query.Text is { } qc && DocumentCode.TryParse(qc, out var parsed) ? parsed : null;

        var matching = catalog.Entries
            .Where(e => code is null || (e.Code is { } ec && CodeKey(ec) == code))
            .Where(e => type is null || FilterKey.Of(e.Type) == type)
            .Where(e => issuer is null || IssuerMatches(e, issuer, query.Issuer!))
            .Where(e => locality is null || (e.IssuerLocality is { } il && FilterKey.Of(il) == locality) || e.MentionLocalities.Any(m => FilterKey.Of(m) == locality))
            .Where(e => text is null || TextMatches(e, text, textCode))
            .OrderByDescending(e => e.MentionCount)
            .ThenByDescending(e => e.LastMentioned)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
        var items = matching.Skip((query.Page - 1) * query.Size).Take(query.Size).ToList();
        return new ReferencePage(matching.Count, query.Page, query.Size, items);
    }

    /// <summary>
    /// A code compared as canonical Party code when it is one, else upper-cased with spaces removed (State codes):
    /// never folded, so 144-QĐ/TU (Tỉnh ủy) stays apart from 144-QĐ/TW.
    /// </summary>
    private static string CodeKey(string code) =>
        DocumentCode.TryParse(code, out var canonical) ? canonical : string.Concat(code.Where(ch => !char.IsWhiteSpace(ch))).ToUpperInvariant();

    private static bool IssuerMatches(ReferenceEntry entry, string folded, string asTyped)
    {
        // An issuer code ("HU", "ThU", "BTCTU") is compared as written: TU, ThU and TW are three committees, and
        // folded "thu" would match every "Thường vụ".
        var typed = asTyped.Trim();
        if (!typed.Contains(' ', StringComparison.Ordinal) && typed.Count(char.IsUpper) >= 2)
        {
            var slash = entry.Code?.IndexOf('/', StringComparison.Ordinal) ?? -1;
            return slash > 0 && string.Equals(entry.Code![(slash + 1)..], typed, StringComparison.Ordinal);
        }

        return entry.Issuer is { } name && ContainsWords(FilterKey.Of(name), folded);
    }

    private static bool ContainsWords(string folded, string words) =>
        (" " + folded + " ").Contains(" " + words + " ", StringComparison.Ordinal);

    private static bool TextMatches(ReferenceEntry entry, string folded, string? asCode)
    {
        if (asCode is not null && entry.Code == asCode)
        {
            return true;
        }

        return new[] { entry.Code, entry.Text, entry.Subject, entry.Issuer, entry.Type }
            .Any(field => field is not null && FilterKey.Of(field).Contains(folded, StringComparison.Ordinal));
    }
}
