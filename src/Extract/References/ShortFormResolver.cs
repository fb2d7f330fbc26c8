using System.Globalization;
using ChiBo.Extract.Model;

namespace ChiBo.Extract.References;

/// <summary>
/// Links short forms ("Nghị quyết số 06 của Huyện ủy", "Nghị quyết 06") to the full reference with the same type
/// and number in the same article, earlier or else later (references.md §6). A short form with no antecedent keeps
/// no code unless its issuer is named in words ("Đề án 01 của BTV Tỉnh ủy" → 01-ĐA/TU).
/// </summary>
internal static class ShortFormResolver
{
    public static List<DocumentReference> Resolve(List<DocumentReference> references, ArticleContext context)
    {
        var result = new List<DocumentReference>(references.Count);
        foreach (var reference in references)
        {
            if (reference.Code is not null || reference.Number is null)
            {
                result.Add(reference);
                continue;
            }

            var inferredIssuer = reference.Issuer is null ? null : IssuerCodes.Infer(reference.Issuer, context);
            var antecedent = references
                .Where(r => r.Code is not null && r.Type == reference.Type && SameNumber(r.Number, reference.Number)
                    && (inferredIssuer is null || IssuerOf(r.Code) == inferredIssuer))
                .OrderBy(r => r.Start < reference.Start ? 0 : 1)
                .ThenBy(r => r.Start < reference.Start ? -r.Start : r.Start)
                .FirstOrDefault();
            if (antecedent is not null)
            {
                result.Add(reference with
                {
                    ResolvesTo = antecedent.Start,
                    Code = antecedent.Code,
                    Family = antecedent.Family,
                    Issuer = reference.Issuer ?? antecedent.Issuer,
                    IssuerLocality = antecedent.IssuerLocality,
                    Date = reference.Date ?? antecedent.Date,
                    Term = reference.Term ?? antecedent.Term,
                });
                continue;
            }

            var typeCode = DocumentTypes.PartyCodeOf(reference.Type);
            if (inferredIssuer is not null && typeCode is not null)
            {
                result.Add(reference with
                {
                    Code = $"{reference.Number}-{typeCode}/{inferredIssuer}",
                    IssuerLocality = IssuerCodes.IssuerLocality(inferredIssuer, reference.Issuer, context),
                });
                continue;
            }

            result.Add(reference);
        }

        return result;
    }

    private static string? IssuerOf(string code)
    {
        var slash = code.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? null : code[(slash + 1)..];
    }

    private static bool SameNumber(string? a, string? b) =>
        a is not null && b is not null
        && int.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out var x)
        && int.TryParse(b, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
        && x == y;
}
