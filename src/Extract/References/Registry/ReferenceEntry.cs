namespace ChiBo.Extract.References.Registry;

/// <summary>
/// One distinct referenced document across the corpus (GET /api/references): what the best of its mentions says
/// about it, how often and when it was cited. <see cref="IsAmbiguous"/> marks a local document cited without term
/// or date, which may stand for several documents of the same number.
/// </summary>
public sealed record ReferenceEntry
{
    public required string Id { get; init; }

    /// <summary>The id stem shared with its namesakes of other terms; the index finds the entry's articles by it.</summary>
    public required string BaseId { get; init; }

    public required string Type { get; init; }

    /// <summary>The reference as written in its best-described mention ("Nghị quyết Trung ương 4 (khóa XII)").</summary>
    public required string Text { get; init; }

    public string? Number { get; init; }

    public string? Code { get; init; }

    public string? Issuer { get; init; }

    public string? IssuerLocality { get; init; }

    public DateOnly? Date { get; init; }

    public string? Term { get; init; }

    public string? Subject { get; init; }

    public string? Family { get; init; }

    public bool IsAmbiguous { get; init; }

    public required int MentionCount { get; init; }

    public required int ArticleCount { get; init; }

    /// <summary>Publication date of the first article that cites it.</summary>
    public DateOnly? FirstMentioned { get; init; }

    public DateOnly? LastMentioned { get; init; }

    /// <summary>Names and provinces of the localities of the citing articles, for the locality filter.</summary>
    public required IReadOnlySet<string> MentionLocalities { get; init; }
}
