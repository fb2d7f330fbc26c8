using ChiBo.Extract.Model;

namespace ChiBo.Extract.References;

/// <summary>Finds every Party and State document an article cites (references.md).</summary>
public sealed class ReferenceExtractor
{
    public IReadOnlyList<DocumentReference> Extract(string text, ArticleContext context) => throw new NotImplementedException();
}
