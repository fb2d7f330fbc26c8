using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Shingle;

namespace ChiBo.Index.Analysis;

/// <summary>
/// Adjacent syllable pairs of the folded analysis ("sinh hoat", "hoat chi"): most Vietnamese words are two
/// syllables, so a pair match is the cheapest proximity signal for ranking. <see cref="VietnameseTokenizer"/> →
/// <see cref="VietnameseNormalizationFilter"/> → <see cref="VietnameseFoldingFilter"/> → bigram shingles only.
/// </summary>
public sealed class SyllableBigramAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new VietnameseTokenizer(reader);
        TokenStream stream = new VietnameseFoldingFilter(new VietnameseNormalizationFilter(tokenizer));
        var shingles = new ShingleFilter(stream, 2, 2);
        shingles.SetOutputUnigrams(false);
        stream = shingles;
        return new TokenStreamComponents(tokenizer, stream);
    }
}
