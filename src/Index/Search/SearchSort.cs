namespace ChiBo.Index.Search;

public enum SearchSort
{
    Relevance,
    Date,
}
