using ChiBo.Index.Analysis;
using ChiBo.Index.Tests.Support;

namespace ChiBo.Index.Tests.Analysis;

public class FoldedVietnameseAnalyzerTests
{
    private static readonly FoldedVietnameseAnalyzer Analyzer = new();

    [Fact]
    public void MarksAreStrippedAndDBecomesD() =>
        AnalysisAssert.AnalyzesTo(Analyzer, "Nghị quyết Đảng", ["nghi", "quyet", "dang"], [0, 5, 11], [4, 10, 15]);

    [Fact]
    public void InterchangeableIAndYSpellingsAreUnified() =>
        AnalysisAssert.AnalyzesTo(Analyzer, "kỷ kỉ lý lí quy qui", ["ki", "ki", "li", "li", "qui", "qui"]);

    [Fact]
    public void YThatIsAVowelClusterIsKept() =>
        AnalysisAssert.AnalyzesTo(Analyzer, "thủy huy", ["thuy", "huy"]);

    [Fact]
    public void FoldingMergesTuWithTuWhichIsWhyCodesHaveTheirOwnField() =>
        AnalysisAssert.AnalyzesTo(Analyzer, "TƯ TU", ["tu", "tu"]);
}
