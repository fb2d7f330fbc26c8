using ChiBo.Ingest.Model;

namespace ChiBo.Extract.References.Registry;

/// <summary>Every reference of one article, with what the registry shows about the article that makes them.</summary>
public sealed record ArticleReferences(
    string ArticleId,
    string Title,
    PublishedDate? Published,
    Locality? Locality,
    IReadOnlyList<ReferenceMention> Mentions);
