using ChiBo.Ingest.Normalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ChiBo.Index.Analysis;

/// <summary>Lower-cases each token and gives it the canonical NFC form and tone placement (uỷ → ủy, Ð → đ).</summary>
public sealed class VietnameseNormalizationFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public VietnameseNormalizationFilter(TokenStream input)
        : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var normalized = VietnameseTextNormalizer.Normalize(_term.ToString()).ToLowerInvariant();
        _term.SetEmpty().Append(normalized);
        return true;
    }
}
