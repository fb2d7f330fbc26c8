using ChiBo.Index.Statistics;
using ChiBo.Ingest.Model;

namespace ChiBo.Index.Tests.Statistics;

public class ComparisonBuilderTests
{
    private static readonly Locality BenTre = new("Bến Tre", "thành phố", "Bến Tre");

    [Fact]
    public void AReportedFigureBeatsADerivedOneForTheSameLocalityAndPeriod()
    {
        var derived = Some.Record(93.27m, document: "newer", published: "2020-01-01") with { Derived = true, Derivation = "sum", Start = null, End = null };
        var reported = Some.Record(92m, document: "older", published: "2019-01-01");

        var row = Assert.Single(ComparisonBuilder.Rows([derived, reported], ComparisonSort.Locality));

        Assert.Equal(92m, row.Value);
        Assert.False(row.Derived);
    }

    [Fact]
    public void DerivedFigureStandsWhenNothingIsReported()
    {
        var derived = Some.Record(93.27m, locality: BenTre) with { Derived = true, Derivation = "sum", Start = null, End = null };

        var rows = ComparisonBuilder.Rows([derived, Some.Record(85)], ComparisonSort.Value);

        Assert.Equal([(93.27m, true), (85m, false)], rows.Select(r => (r.Value, r.Derived)));
    }

    [Fact]
    public void TheNewestArticleWinsForTheSamePeriod()
    {
        var rows = ComparisonBuilder.Rows([Some.Record(80, document: "old", published: "2019-02-01"), Some.Record(85, document: "new", published: "2020-02-01")], ComparisonSort.Locality);

        Assert.Equal("new", Assert.Single(rows).DocumentId);
    }

    [Fact]
    public void WithinAnArticleTheFirstMentionWins()
    {
        var rows = ComparisonBuilder.Rows([Some.Record(90, start: 500), Some.Record(85, start: 20)], ComparisonSort.Locality);

        Assert.Equal(85, Assert.Single(rows).Value);
    }

    [Fact]
    public void EveryPeriodAndLocalityHasItsOwnRow()
    {
        var rows = ComparisonBuilder.Rows(
            [Some.Record(85, period: "2019"), Some.Record(88, period: "2020"), Some.Record(93, locality: BenTre, period: "2019")], ComparisonSort.Period);

        Assert.Equal([("2019", "Bến Tre"), ("2019", "Yên Lạc"), ("2020", "Yên Lạc")], rows.Select(r => (r.Period, r.Locality!.Name)));
    }

    [Fact]
    public void ChangesAreNotCompared()
    {
        Assert.Empty(ComparisonBuilder.Rows([Some.Record(5) with { Change = "increase" }], ComparisonSort.Locality));
    }

    [Fact]
    public void ACountRestatingAPercentagesNumeratorIsLeftToThePercentage()
    {
        var percentage = Some.Record(16.28m) with { Numerator = 857, Denominator = 5262 };
        var fraction = Some.Record(857, kind: "fraction", unit: "đảng viên") with { Numerator = 857, Denominator = 5262 };
        var otherCount = Some.Record(4051, kind: "count", unit: "đảng viên");

        var rows = ComparisonBuilder.Rows([percentage, fraction, otherCount], ComparisonSort.Value);

        Assert.Equal([4051m, 16.28m], rows.Select(r => r.Value));
    }

    [Fact]
    public void LocalityOrderIsVietnameseAlphabeticalByName()
    {
        var rows = ComparisonBuilder.Rows(
            [Some.Record(1, locality: new("Yên Lạc", "huyện", "Vĩnh Phúc")), Some.Record(2, locality: new("Đông Anh", "huyện", "Hà Nội")), Some.Record(3, locality: BenTre), Some.Record(4, locality: new("Sông Lô", "huyện", "Vĩnh Phúc"))],
            ComparisonSort.Locality);

        // Vietnamese puts Đ after D, so after B and before S.
        Assert.Equal(["Bến Tre", "Đông Anh", "Sông Lô", "Yên Lạc"], rows.Select(r => r.Locality!.Name));
    }
}
