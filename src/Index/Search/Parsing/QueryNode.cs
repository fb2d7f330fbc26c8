namespace ChiBo.Index.Search.Parsing;

/// <summary>The parsed form of a researcher's query, before it becomes Lucene clauses.</summary>
public abstract record QueryNode(int Position);

public sealed record WordNode(string Text, bool Prefix, int Position) : QueryNode(Position);

public sealed record PhraseNode(string Text, int Slop, int Position) : QueryNode(Position);

/// <summary>A document code typed in any spelling, canonicalised.</summary>
public sealed record CodeNode(string Canonical, int Position) : QueryNode(Position);

/// <summary>field:value — locality, province, year, from, to, code, type, author, site, topic.</summary>
public sealed record FieldNode(string Field, string Value, int Position) : QueryNode(Position);

public sealed record NotNode(QueryNode Operand, int Position) : QueryNode(Position);

public sealed record AndNode(IReadOnlyList<QueryNode> Operands, int Position) : QueryNode(Position);

public sealed record OrNode(IReadOnlyList<QueryNode> Operands, int Position) : QueryNode(Position);
