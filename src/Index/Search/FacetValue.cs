namespace ChiBo.Index.Search;

public sealed record FacetValue(string Value, int Count);
