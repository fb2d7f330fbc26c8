using ChiBo.Ingest.Model;

namespace ChiBo.Ingest.Text;

/// <summary>Metadata a source already states (a dump's fields, an HTML page's meta tags); it wins over detection.</summary>
public sealed record ArticleHints
{
    public static readonly ArticleHints None = new();

    public string? Title { get; init; }

    public PublishedDate? Published { get; init; }

    public IReadOnlyList<Author>? Authors { get; init; }

    public Locality? Locality { get; init; }

    public string? Url { get; init; }

    public string? Site { get; init; }

    public string? SourceFormat { get; init; }
}
