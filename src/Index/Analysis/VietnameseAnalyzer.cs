using Lucene.Net.Analysis;

namespace ChiBo.Index.Analysis;

/// <summary>
/// The exact Vietnamese analysis: <see cref="VietnameseTokenizer"/> → <see cref="GluedSyllableFilter"/> →
/// <see cref="VietnameseNormalizationFilter"/> (NFC, Ð → Đ, canonical tones, lower case). No stop words: "không",
/// "chưa", "an", "tổ", "án", "thể" all carry meaning here.
/// </summary>
public sealed class VietnameseAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new VietnameseTokenizer(reader);
        return new TokenStreamComponents(tokenizer, new VietnameseNormalizationFilter(new GluedSyllableFilter(tokenizer)));
    }
}
