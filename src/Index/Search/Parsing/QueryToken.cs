namespace ChiBo.Index.Search.Parsing;

internal enum QueryTokenKind
{
    Word,
    Phrase,
    Code,
    Field,
    And,
    Or,
    Not,
    Plus,
    Minus,
    Open,
    Close,
}

/// <summary>One lexical unit of a query, with its position in the query text for error messages.</summary>
internal sealed record QueryToken(QueryTokenKind Kind, string Text, int Position, int Slop = 0, string? Field = null, bool Prefix = false);
