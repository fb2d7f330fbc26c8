using ChiBo.Ingest.Normalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ChiBo.Index.Analysis;

/// <summary>
/// Strips marks (đ → d) and unifies the i/y spellings that never differ in meaning (kỉ/kỷ, lí/lý, qui/quy), so a
/// query typed without diacritics, or in the other spelling, finds every form. Used for the folded fields only.
/// </summary>
public sealed class VietnameseFoldingFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public VietnameseFoldingFilter(TokenStream input)
        : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var folded = FoldTerm(_term.ToString());
        _term.SetEmpty().Append(folded);
        return true;
    }

    /// <summary>The folded form of one lower-case term, as the folded fields index it.</summary>
    public static string FoldTerm(string lower)
    {
        var folded = VietnameseTextNormalizer.Fold(lower);
        if (folded.Length is 2 or 3 && folded[^1] == 'y' && folded[..^1] is "k" or "l" or "m" or "t" or "s" or "h" or "v" or "n" or "d" or "r" or "b" or "ph" or "th" or "qu")
        {
            return folded[..^1] + "i";
        }

        return folded;
    }
}
