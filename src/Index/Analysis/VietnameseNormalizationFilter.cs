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

        // Most tokens of mixed text are ASCII (numbers, unmarked syllables): lower-case them in place.
        var buffer = _term.Buffer;
        var length = _term.Length;
        var ascii = true;
        for (var i = 0; i < length && ascii; i++)
        {
            ascii = buffer[i] < 0x80;
        }

        if (ascii)
        {
            for (var i = 0; i < length; i++)
            {
                buffer[i] = char.ToLowerInvariant(buffer[i]);
            }

            return true;
        }

        var normalized = VietnameseTextNormalizer.Normalize(_term.ToString()).ToLowerInvariant();
        _term.SetEmpty().Append(normalized);
        return true;
    }
}
