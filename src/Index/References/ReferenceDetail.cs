using ChiBo.Extract.References.Registry;

namespace ChiBo.Index.References;

/// <summary>One registry entry with every mention of it, newest article first.</summary>
public sealed record ReferenceDetail(ReferenceEntry Entry, IReadOnlyList<(ArticleReferences Article, ReferenceMention Mention)> Mentions);
