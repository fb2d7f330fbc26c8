using Lucene.Net.Analysis;

namespace ChiBo.Index.Analysis;

/// <summary>
/// The diacritic-free twin: <see cref="VietnameseTokenizer"/> → <see cref="GluedSyllableFilter"/> →
/// <see cref="VietnameseNormalizationFilter"/> → <see cref="VietnameseFoldingFilter"/>.
/// </summary>
public sealed class FoldedVietnameseAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new VietnameseTokenizer(reader);
        return new TokenStreamComponents(tokenizer, new VietnameseFoldingFilter(new VietnameseNormalizationFilter(new GluedSyllableFilter(tokenizer))));
    }
}
