using ChiBo.Index.Search;
using ChiBo.Index.Tests.Support;

namespace ChiBo.Index.Tests.Search;

public sealed class PathologicalQueryTests(SeedIndex seeds) : IClassFixture<SeedIndex>
{
    [Theory]
    [InlineData("*")]
    [InlineData("***")]
    [InlineData("*ng")]
    [InlineData("?h?")]
    [InlineData("c*")]
    public void LeadingAndLoneWildcardsAreBoundedToPlainWordsOrNothing(string query)
    {
        var response = seeds.Index.Search(new SearchRequest { Query = query });

        // A lone or leading wildcard is punctuation: it never expands to the whole vocabulary.
        Assert.InRange(response.Total, 0, 5);
    }

    [Fact]
    public void AStormOfPrefixesIsRefusedAsASyntaxErrorNotExpanded()
    {
        var storm = string.Join(" OR ", Enumerable.Repeat("ch* ng* th*", 60));

        // A syntax error is the API's 400 ProblemDetails; the terms are never expanded.
        var error = Assert.Throws<QuerySyntaxException>(() => seeds.Index.Search(new SearchRequest { Query = storm }));

        Assert.Contains("terms", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFewPrefixesAreAnswered() =>
        Assert.InRange(seeds.Index.Search(new SearchRequest { Query = "ch* OR ng* OR th*" }).Total, 1, 5);

    [Fact]
    public void AQueryLongerThanTheLimitIsASyntaxErrorAtTheLimit()
    {
        var error = Assert.Throws<QuerySyntaxException>(() => seeds.Index.Search(new SearchRequest { Query = new string('a', ResearcherQueryBuilder.MaxQueryLength + 1) }));

        Assert.Equal(ResearcherQueryBuilder.MaxQueryLength, error.Position);
    }
}
