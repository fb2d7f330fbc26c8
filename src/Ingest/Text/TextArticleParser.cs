using ChiBo.Ingest.Model;

namespace ChiBo.Ingest.Text;

/// <summary>Turns a saved plain-text article (page chrome and all) into an <see cref="Article"/>.</summary>
public sealed class TextArticleParser
{
    public Article Parse(string raw, string? source = null) => throw new NotImplementedException();
}
