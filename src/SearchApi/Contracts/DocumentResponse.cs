using ChiBo.Extract.Model;
using ChiBo.Index.Storage;
using ChiBo.Ingest.Model;

namespace ChiBo.SearchApi.Contracts;

/// <summary>GET /api/documents/{id}: one article with its metadata, main text, references and statistics.</summary>
public sealed record DocumentResponse(
    string Id,
    string Title,
    PublishedDate? Published,
    IReadOnlyList<string> Authors,
    IReadOnlyList<Author> Bylines,
    Locality? Locality,
    string? Url,
    string? Site,
    string? Source,
    string? SourceFormat,
    string Text,
    IReadOnlyList<DocumentReference> References,
    IReadOnlyList<Statistic> Statistics)
{
    /// <summary>The article's VNTC news topic with the classifier's confidence; null for articles indexed without one.</summary>
    public TopicAssignment? Topic { get; init; }

    /// <summary>A legacy-encoding conversion applied on the way in ("TCVN3→Unicode", "windows-1258→Unicode").</summary>
    public string? EncodingConversion { get; init; }

    /// <summary>On a near-copy of another article: that (canonical) article's id; such a document is never a search hit.</summary>
    public string? DuplicateOf { get; init; }

    public static DocumentResponse From(StoredArticle stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var a = stored.Article;
        return new DocumentResponse(
            a.Id,
            a.Title,
            a.Published,
            [.. a.Authors.Select(x => x.Name)],
            a.Authors,
            a.Locality,
            a.Url,
            a.Site,
            a.Source,
            a.SourceFormat,
            a.Text,
            stored.Analysis.References,
            stored.Analysis.Statistics)
        {
            Topic = stored.Analysis.Topic,
            EncodingConversion = a.EncodingConversion,
            DuplicateOf = stored.DuplicateOf,
        };
    }
}
