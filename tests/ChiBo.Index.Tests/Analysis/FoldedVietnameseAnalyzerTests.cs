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
        AnalysisAssert.AnalyzesTo(
            Analyzer, "kỷ kỉ lý lí quy qui", ["ki", "ki", "li", "li", "qui", "qui"], [0, 3, 6, 9, 12, 16], [2, 5, 8, 11, 15, 19], [1, 1, 1, 1, 1, 1]);

    [Fact]
    public void GluedSyllablesAreSplitInTheFoldedFieldToo() =>
        AnalysisAssert.AnalyzesTo(Analyzer, "Quyết địnhsố", ["quyet", "dinhso", "dinh", "so"], [0, 6, 6, 10], [5, 12, 10, 12], [1, 1, 0, 1]);

    [Fact]
    public void OldAndNewTonePlacementFoldAlike() =>
        AnalysisAssert.AnalyzesTo(Analyzer, "uỷ ủy hoà hòa", ["uy", "uy", "hoa", "hoa"], [0, 3, 6, 10], [2, 5, 9, 13], [1, 1, 1, 1]);

    [Fact]
    public void YThatIsAVowelClusterIsKept() =>
        AnalysisAssert.AnalyzesTo(Analyzer, "thủy huy", ["thuy", "huy"]);

    [Fact]
    public void FoldingMergesTuWithTuWhichIsWhyCodesHaveTheirOwnField() =>
        AnalysisAssert.AnalyzesTo(Analyzer, "TƯ TU", ["tu", "tu"]);
}
