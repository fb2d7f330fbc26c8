namespace ChiBo.Index.Statistics;

/// <summary>How comparison rows are ordered: by locality (then period), by period (then locality), or by value, highest first.</summary>
public enum ComparisonSort
{
    Locality,
    Period,
    Value,
}
