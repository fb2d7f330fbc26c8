namespace ChiBo.Extract.References;

/// <summary>A document code found in a text: where, and its canonical form.</summary>
public readonly record struct DocumentCodeMatch(int Start, int Length, string Canonical)
{
    public int End => Start + Length;
}
