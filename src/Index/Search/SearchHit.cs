using ChiBo.Ingest.Model;

namespace ChiBo.Index.Search;

/// <summary>A search result. <see cref="Snippet"/> is HTML-escaped text with matches in &lt;mark&gt;.</summary>
public sealed record SearchHit(
    string Id,
    string Title,
    string? Published,
    IReadOnlyList<string> Authors,
    Locality? Locality,
    float Score,
    string Snippet);
