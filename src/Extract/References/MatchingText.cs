using System.Globalization;
using System.Text;
using ChiBo.Ingest.Normalization;

namespace ChiBo.Extract.References;

/// <summary>
/// The text as the grammars match it — NFC, Ð → Đ, dashes → "-", canonical tone placement — with a map back to the
/// stored text, so that every reference's offsets point into the article as stored (references.md §9).
/// </summary>
public sealed class MatchingText
{
    private readonly int[] _starts;

    public MatchingText(string original)
    {
        ArgumentNullException.ThrowIfNull(original);
        Original = original;
        var builder = new StringBuilder(original.Length);
        var starts = new List<int>(original.Length + 1);
        var i = 0;
        while (i < original.Length)
        {
            // A cluster: one character and the combining marks that follow it.
            var end = i + 1;
            while (end < original.Length && CharUnicodeInfo.GetUnicodeCategory(original[end]) == UnicodeCategory.NonSpacingMark)
            {
                end++;
            }

            var cluster = end - i == 1 ? original[i].ToString() : original[i..end].Normalize(NormalizationForm.FormC);
            foreach (var c in cluster)
            {
                builder.Append(c switch
                {
                    '\u00D0' => 'Đ',
                    '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => '-',
                    '\u00A0' => ' ',
                    _ => c,
                });
                starts.Add(i);
            }

            i = end;
        }

        starts.Add(original.Length);
        _starts = [.. starts];
        var composed = builder.ToString();
        var normalized = VietnameseTextNormalizer.Normalize(composed);
        Text = normalized.Length == composed.Length ? normalized : composed;
    }

    public string Original { get; }

    /// <summary>The normalised text the grammars run on.</summary>
    public string Text { get; }

    /// <summary>The stored-text offset of a normalised-text offset.</summary>
    public int ToOriginal(int offset) => _starts[Math.Clamp(offset, 0, _starts.Length - 1)];
}
