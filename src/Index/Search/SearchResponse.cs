namespace ChiBo.Index.Search;

/// <summary>One page of hits plus facet counts over all matches.</summary>
public sealed record SearchResponse(
    int Total,
    int Page,
    int Size,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets)
{
    /// <summary>For a query typed without diacritics: the most likely accented reading, when it differs.</summary>
    public string? DidYouMean { get; init; }
}
