namespace ChiBo.Index.Search;

/// <summary>A researcher's query that cannot be parsed; <see cref="Position"/> points at the error in the query text.</summary>
public sealed class QuerySyntaxException : Exception
{
    public QuerySyntaxException(string message, int? position = null, Exception? inner = null)
        : base(message, inner) => Position = position;

    public QuerySyntaxException()
    {
    }

    public QuerySyntaxException(string message)
        : base(message)
    {
    }

    public QuerySyntaxException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public int? Position { get; }
}
