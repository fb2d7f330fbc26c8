using ChiBo.Index.Analysis;
using ChiBo.Index.Tests.Support;

namespace ChiBo.Index.Tests.Analysis;

public class SyllableBigramAnalyzerTests
{
    [Fact]
    public void AdjacentFoldedSyllablesFormPairs() =>
        AnalysisAssert.AnalyzesTo(new SyllableBigramAnalyzer(), "sinh hoạt chi bộ", ["sinh hoat", "hoat chi", "chi bo"], [0, 5, 10], [9, 13, 16]);
}
