using ChiBo.Extract.Model;

namespace ChiBo.Extract.References;

/// <summary>A code written without a head noun ("… theo 06-NQ/HU"): the type comes from the code.</summary>
internal static class StandaloneCode
{
    public static DocumentReference ToReference(string text, CitedCode code, ArticleContext context)
    {
        var tail = CitationTail.Read(text, code.End);
        var isParty = code.Family is ReferenceFamily.Party or ReferenceFamily.MassOrganisation;
        var type = isParty ? DocumentTypes.NounOfPartyCode(code.TypeCode) : DocumentTypes.NounOfStateCode(code.TypeCode);
        var end = Math.Max(code.End, tail.End);
        return new DocumentReference
        {
            Text = text[code.Start..end],
            Start = code.Start,
            End = end,
            Type = type,
            Number = code.Number,
            Code = code.Canonical,
            Issuer = tail.Issuer ?? (isParty ? IssuerCodes.DefaultName(code.IssuerCode, context) : null),
            IssuerLocality = isParty ? IssuerCodes.IssuerLocality(code.IssuerCode, tail.Issuer, context) : null,
            Date = tail.Date,
            Term = tail.Term,
            Subject = tail.Subject,
            Family = code.Family,
        };
    }
}
