using ChiBo.Extract.Model;

namespace ChiBo.Extract.Tests.References.Gold;

/// <summary>An annotated article joined to its text and the context the pipeline would give the extractor.</summary>
public sealed record AnnotatedArticle(GoldArticle Gold, string Text, ArticleContext Context);
