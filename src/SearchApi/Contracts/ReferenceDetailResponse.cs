using ChiBo.Index.References;
using ChiBo.Ingest.Model;

namespace ChiBo.SearchApi.Contracts;

/// <summary>GET /api/references/{id}: one referenced document and every place an article cites it, newest first.</summary>
public sealed record ReferenceDetailResponse(
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
    int MentionCount,
    int Articles,
    DateOnly? FirstMentioned,
    DateOnly? LastMentioned,
    IReadOnlyList<ReferenceMentionResponse> Mentions)
{
    public static ReferenceDetailResponse From(ReferenceDetail detail)
    {
        ArgumentNullException.ThrowIfNull(detail);
        var e = detail.Entry;
        var mentions = detail.Mentions.Select(m => new ReferenceMentionResponse(
            m.Article.ArticleId, m.Article.Title, m.Article.Published, m.Article.Locality,
            m.Mention.Reference.Text, m.Mention.Reference.Start, m.Mention.Reference.End, m.Mention.Sentence)).ToList();
        return new(e.Id, e.Type, e.Text, e.Number, e.Code, e.Issuer, e.IssuerLocality, e.Date, e.Term, e.Subject, e.Family, e.IsAmbiguous,
            e.MentionCount, e.ArticleCount, e.FirstMentioned, e.LastMentioned, mentions);
    }
}

/// <summary>One citation: the article, the reference as written at [start, end) of its text, and its sentence.</summary>
public sealed record ReferenceMentionResponse(
    string DocumentId,
    string Title,
    PublishedDate? Published,
    Locality? Locality,
    string Text,
    int Start,
    int End,
    string Sentence);
