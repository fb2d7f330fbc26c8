using ChiBo.Extract.Model;
using ChiBo.Index.Search;
using ChiBo.Index.Tests.Support;
using ChiBo.Ingest.Model;

namespace ChiBo.Index.Tests.Search;

public sealed class CodeSearchTests : IDisposable
{
    private readonly TempIndex _temp = new();

    public CodeSearchTests()
    {
        Add("central", "Thực hiện Quy định số 144-QĐi/TƯ về chuẩn mực đạo đức.");
        Add("provincial", "Tỉnh ủy ban hành Nghị quyết 06-NQ/TU về chuyển đổi số.");
        Add("town", "Thị ủy ban hành Nghị quyết 06-NQ/ThU về chuyển đổi số.");
        Add("district", "Huyện ủy ban hành Nghị quyết 06-NQ/HU về chuyển đổi số.");
        Add("words", "Bài viết về quy định và nghị quyết, không trích số hiệu nào.");
        _temp.Index.Commit();
    }

    [Theory]
    [InlineData("144-QD/TW")]
    [InlineData("144/QĐ-TƯ")]
    [InlineData("144 - QĐ/T.Ư")]
    [InlineData("code:144-qđi/tw")]
    public void EverySpellingOfACodeFindsTheArticleCitingIt(string query) =>
        Assert.Equal(["central"], Ids(query));

    [Theory]
    [InlineData("06-NQ/TU", "provincial")]
    [InlineData("06/NQ-ThU", "town")]
    [InlineData("NQ 06/HU", "district")]
    public void ProvincialTownAndDistrictCodesNeverMerge(string query, string expected) =>
        Assert.Equal([expected], Ids(query));

    [Fact]
    public void ACentralCodeDoesNotFindTheProvincialOne() =>
        Assert.Empty(Ids("06-NQ/TƯ"));

    public void Dispose() => _temp.Dispose();

    private void Add(string id, string text) =>
        _temp.Index.Upsert(new Article { Id = id, Title = "Bài " + id, Text = text }, ArticleAnalysis.Empty);

    private List<string> Ids(string query) => [.. _temp.Index.Search(new SearchRequest { Query = query }).Hits.Select(h => h.Id)];
}
