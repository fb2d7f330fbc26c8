using ChiBo.Index.Analysis;
using ChiBo.Index.Tests.Support;

namespace ChiBo.Index.Tests.Analysis;

public class VietnameseAnalyzerTests
{
    private static readonly VietnameseAnalyzer Analyzer = new();

    [Fact]
    public void OldAndNewTonePlacementGiveTheSameTerm() =>
        AnalysisAssert.AnalyzesTo(Analyzer, "Huyện uỷ Sông Lô", ["huyện", "ủy", "sông", "lô"], [0, 6, 9, 14], [5, 8, 13, 16], [1, 1, 1, 1]);

    [Fact]
    public void MeaningBearingWordsAreNeverStopWords() =>
        AnalysisAssert.AnalyzesTo(
            Analyzer, "không chưa an tổ án thể", ["không", "chưa", "an", "tổ", "án", "thể"], [0, 6, 11, 14, 17, 20], [5, 10, 13, 16, 19, 23], [1, 1, 1, 1, 1, 1]);

    [Fact]
    public void VietnameseNumbersStayWhole() =>
        AnalysisAssert.AnalyzesTo(Analyzer, "29.255 kỳ, đạt 94,2%.", ["29.255", "kỳ", "đạt", "94,2"], [0, 7, 11, 15], [6, 9, 14, 19], [1, 1, 1, 1]);

    [Fact]
    public void QuAndGiAreOnsetsSoTheMarkGoesOnTheVowelAfterThem() =>
        AnalysisAssert.AnalyzesTo(Analyzer, "qúy gìa qùan", ["quý", "già", "quàn"], [0, 4, 8], [3, 7, 12], [1, 1, 1]);

    [Fact]
    public void OpenSyllablesTakeTheMarkOnTheFirstOfTwoVowels() =>
        AnalysisAssert.AnalyzesTo(Analyzer, "hoà thuỷ khoẻ", ["hòa", "thủy", "khỏe"], [0, 4, 9], [3, 8, 13], [1, 1, 1]);

    [Fact]
    public void AFinalConsonantMovesTheMarkToTheLastVowel() =>
        AnalysisAssert.AnalyzesTo(Analyzer, "hòan tóan thủyên", ["hoàn", "toán", "thuyển"], [0, 5, 10], [4, 9, 16], [1, 1, 1]);

    [Fact]
    public void GluedSyllablesAreSplitWithTheOriginalKeptAtTheSamePosition() =>
        AnalysisAssert.AnalyzesTo(
            Analyzer,
            "Quyết địnhsố 707",
            ["quyết", "địnhsố", "định", "số", "707"],
            [0, 6, 6, 10, 13],
            [5, 12, 10, 12, 16],
            [1, 1, 0, 1, 1]);

    [Fact]
    public void EthAndDecomposedMarksAreNormalisedWithOffsetsIntoTheOriginal() =>
        AnalysisAssert.AnalyzesTo(Analyzer, "Ðảng Nghi\u0323", ["đảng", "nghị"], [0, 5], [4, 10]);

    [Fact]
    public void MisplacedMarksAreRepaired() =>
        AnalysisAssert.AnalyzesTo(Analyzer, "tòan lựơng qủa", ["toàn", "lượng", "quả"], [0, 5, 11], [4, 10, 14], [1, 1, 1]);

    [Fact]
    public void RandomTextNeverBreaksTheOffsets()
    {
        var random = new Random(42);
        Lucene.Net.Analysis.Analyzer[] analyzers = [Analyzer, new FoldedVietnameseAnalyzer(), new SyllableBigramAnalyzer()];
        const string Alphabet = "aăâđêôơư ạảấầẩẫậắằẳẵặẹẻẽếềểễệ0123456789.,-/%()\"\u0300\u0301\u0303\u0309\u0323\u00D0\u00A0\u200BQWERTY\n\t";
        for (var i = 0; i < 500; i++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 80)).Select(_ => Alphabet[random.Next(Alphabet.Length)])]);
            foreach (var analyzer in analyzers)
            {
                foreach (var (term, start, end, increment) in AnalysisAssert.Tokens(analyzer, text))
                {
                    Assert.InRange(start, 0, text.Length);
                    Assert.InRange(end, start, text.Length);
                    Assert.NotEmpty(term);
                    Assert.InRange(increment, 0, 1);
                }
            }
        }
    }
}
