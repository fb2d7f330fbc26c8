namespace ChiBo.Extract.Statistics;

/// <summary>A sentence of the article: [<see cref="Start"/>, <see cref="End"/>) in UTF-16 code units, and the paragraph (line) it belongs to.</summary>
internal readonly record struct TextSegment(int Start, int End, int Paragraph)
{
    public bool Contains(int offset) => offset >= Start && offset < End;

    public string Of(string text) => text[Start..End];
}
