namespace ChiBo.Index.Search;

/// <summary>What a query matched with, for the snippet: exact terms, folded terms, and canonical codes.</summary>
public sealed class HighlightTerms
{
    public HashSet<string> Exact { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Folded { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Codes { get; } = new(StringComparer.Ordinal);

    public bool IsEmpty => Exact.Count == 0 && Folded.Count == 0 && Codes.Count == 0;
}
