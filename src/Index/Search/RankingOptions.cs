namespace ChiBo.Index.Search;

/// <summary>
/// Which ranking signals a query uses. Every signal is on for researchers; the relevance evaluation switches them off
/// one at a time (ablation) to measure what each indexed field earns.
/// </summary>
public sealed record RankingOptions
{
    public static readonly RankingOptions Full = new();

    /// <summary>Folded-field clauses: words typed without marks, or in another i/y spelling, find every spelling.</summary>
    public bool Folded { get; init; } = true;

    /// <summary>The syllable-bigram bonus for query words that stand next to each other in the text.</summary>
    public bool Bigrams { get; init; } = true;

    /// <summary>Codes typed in any spelling as code-field queries; without it a code is a phrase of its parts.</summary>
    public bool Codes { get; init; } = true;

    /// <summary>Title matches above body matches.</summary>
    public bool TitleBoost { get; init; } = true;
}
