using ChiBo.Ingest.Model;

namespace ChiBo.Extract.Model;

/// <summary>What an extractor may know about the article besides its text: where and when it was published.</summary>
public sealed record ArticleContext(Locality? Locality = null, PublishedDate? Published = null, string? Title = null)
{
    public static readonly ArticleContext None = new();

    public static ArticleContext Of(Article article) => new(article.Locality, article.Published, article.Title);
}
