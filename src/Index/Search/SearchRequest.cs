namespace ChiBo.Index.Search;

/// <summary>A search as the API and the command line state it (api.md, GET /api/search).</summary>
public sealed record SearchRequest
{
    public string? Query { get; init; }

    public string? Locality { get; init; }

    public string? Province { get; init; }

    public int? Year { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    /// <summary>A document code in any spelling.</summary>
    public string? Code { get; init; }

    /// <summary>A referenced document type ("Nghị quyết").</summary>
    public string? Type { get; init; }

    /// <summary>A VNTC news topic in any spelling ("Thể thao", "the thao") or its code ("TT").</summary>
    public string? Topic { get; init; }

    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    public int Page { get; init; } = 1;

    public int Size { get; init; } = 10;
}
