using ChiBo.Extract.References.Registry;

namespace ChiBo.SearchApi.Contracts;

/// <summary>
/// One distinct referenced document in GET /api/references: <c>mentions</c> counts every citation (short forms
/// included), <c>articles</c> the citing articles; <c>ambiguous</c> marks a local document cited without term or date.
/// </summary>
public sealed record ReferenceSummaryResponse(
    string Id,
    string Type,
    string Text,
    string? Number,
    string? Code,
    string? Issuer,
    string? IssuerLocality,
    DateOnly? Date,
    string? Term,
    string? Subject,
    string? Family,
    bool Ambiguous,
    int Mentions,
    int Articles,
    DateOnly? FirstMentioned,
    DateOnly? LastMentioned)
{
    public static ReferenceSummaryResponse From(ReferenceEntry e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new(e.Id, e.Type, e.Text, e.Number, e.Code, e.Issuer, e.IssuerLocality, e.Date, e.Term, e.Subject, e.Family, e.IsAmbiguous, e.MentionCount, e.ArticleCount, e.FirstMentioned, e.LastMentioned);
    }
}

/// <summary>GET /api/references: one page of documents, most cited first.</summary>
public sealed record ReferenceListResponse(int Total, int Page, int Size, IReadOnlyList<ReferenceSummaryResponse> Items);
