namespace ChiBo.Index.Search.Parsing;

/// <summary>
/// Recursive descent over <see cref="QueryLexer"/> tokens. Adjacent terms are ANDed (researchers narrow, they do not
/// widen); OR binds looser than AND; NOT, - and ! negate; + is accepted and means what adjacency already means.
/// Nesting and size are bounded so that no query is pathological.
/// </summary>
internal sealed class QuerySyntaxParser
{
    public const int MaxTerms = 64;
    public const int MaxDepth = 16;

    private readonly List<QueryToken> _tokens;
    private readonly int _queryLength;
    private int _next;
    private int _depth;
    private int _terms;

    private QuerySyntaxParser(List<QueryToken> tokens, int queryLength)
    {
        _tokens = tokens;
        _queryLength = queryLength;
    }

    /// <summary>The query's tree, or null when it holds no term at all.</summary>
    public static QueryNode? Parse(string query)
    {
        var tokens = QueryLexer.Tokenize(query);
        if (tokens.Count == 0)
        {
            return null;
        }

        var parser = new QuerySyntaxParser(tokens, query.Length);
        var node = parser.ParseOr();
        if (parser._next < tokens.Count)
        {
            var stray = tokens[parser._next];
            throw new QuerySyntaxException(stray.Kind == QueryTokenKind.Close ? "This parenthesis closes nothing." : $"Unexpected '{stray.Text}'.", stray.Position);
        }

        return node;
    }

    private QueryNode ParseOr()
    {
        var first = ParseAnd();
        var operands = new List<QueryNode> { first };
        while (Peek(QueryTokenKind.Or) is { } or)
        {
            _next++;
            if (AtEnd || Peek(QueryTokenKind.Close) is not null)
            {
                throw new QuerySyntaxException($"'{or.Text}' needs a term after it.", or.Position);
            }

            operands.Add(ParseAnd());
        }

        return operands.Count == 1 ? first : new OrNode(operands, first.Position);
    }

    private QueryNode ParseAnd()
    {
        var first = ParseUnary();
        var operands = new List<QueryNode> { first };
        while (!AtEnd && Peek(QueryTokenKind.Or) is null && Peek(QueryTokenKind.Close) is null)
        {
            if (Peek(QueryTokenKind.And) is { } and)
            {
                _next++;
                if (AtEnd || Peek(QueryTokenKind.Close) is not null || Peek(QueryTokenKind.Or) is not null)
                {
                    throw new QuerySyntaxException($"'{and.Text}' needs a term after it.", and.Position);
                }
            }

            operands.Add(ParseUnary());
        }

        return operands.Count == 1 ? first : new AndNode(operands, first.Position);
    }

    private QueryNode ParseUnary()
    {
        if (AtEnd)
        {
            throw new QuerySyntaxException("The query ends where a term was expected.", _queryLength);
        }

        var token = _tokens[_next];
        switch (token.Kind)
        {
            case QueryTokenKind.Not or QueryTokenKind.Minus:
                _next++;
                if (AtEnd)
                {
                    throw new QuerySyntaxException($"'{token.Text}' needs a term after it.", token.Position);
                }

                return new NotNode(ParseUnary(), token.Position);
            case QueryTokenKind.Plus:
                _next++;
                return ParseUnary();
            case QueryTokenKind.Open:
                _next++;
                if (++_depth > MaxDepth)
                {
                    throw new QuerySyntaxException($"Parentheses nest at most {MaxDepth} deep.", token.Position);
                }

                if (Peek(QueryTokenKind.Close) is not null)
                {
                    throw new QuerySyntaxException("Empty parentheses.", token.Position);
                }

                var inner = ParseOr();
                if (Peek(QueryTokenKind.Close) is null)
                {
                    throw new QuerySyntaxException("This parenthesis is never closed.", token.Position);
                }

                _next++;
                _depth--;
                return inner;
            case QueryTokenKind.And or QueryTokenKind.Or:
                throw new QuerySyntaxException($"'{token.Text}' needs a term before it.", token.Position);
            case QueryTokenKind.Close:
                throw new QuerySyntaxException("This parenthesis closes nothing.", token.Position);
            default:
                _next++;
                if (++_terms > MaxTerms)
                {
                    throw new QuerySyntaxException($"A query has at most {MaxTerms} terms.", token.Position);
                }

                return token.Kind switch
                {
                    QueryTokenKind.Word => new WordNode(token.Text, token.Prefix, token.Position),
                    QueryTokenKind.Phrase => new PhraseNode(token.Text, token.Slop, token.Position),
                    QueryTokenKind.Code => new CodeNode(token.Text, token.Position),
                    QueryTokenKind.Field => new FieldNode(token.Field!, token.Text, token.Position),
                    _ => throw new QuerySyntaxException($"Unexpected '{token.Text}'.", token.Position),
                };
        }
    }

    private bool AtEnd => _next >= _tokens.Count;

    private QueryToken? Peek(QueryTokenKind kind) => !AtEnd && _tokens[_next].Kind == kind ? _tokens[_next] : null;
}
