using ChiBo.Extract.Model;
using ChiBo.Index.Storage;
using ChiBo.Index.Tests.Support;
using ChiBo.Ingest.Model;

namespace ChiBo.Index.Tests.Storage;

public sealed class ArticleIndexTests : IClassFixture<SeedIndex>
{
    private readonly SeedIndex _seeds;

    public ArticleIndexTests(SeedIndex seeds) => _seeds = seeds;

    [Fact]
    public void StoredArticleComesBackWithItsAnalysis()
    {
        var stored = _seeds.Index.Get(_seeds.IdOf("002"));

        Assert.NotNull(stored);
        Assert.Equal(_seeds.Articles["002"].Text, stored.Article.Text);
        Assert.Equal(_seeds.Articles["002"].Published, stored.Article.Published);
        Assert.Contains(stored.Analysis.References, r => r.Code == "144-QĐ/TW");
        Assert.Equal("corpus/002-me-linh-so-ket-de-an-11.txt", stored.SourceFile);
    }

    [Fact]
    public void SourceHashesListEveryIndexedFile()
    {
        var hashes = _seeds.Index.SourceHashes();

        Assert.Equal(5, hashes.Count);
        Assert.Equal("hash-000", hashes["corpus/000-yen-lac-nghi-quyet-06-sinh-hoat-chi-bo.txt"]);
    }

    [Fact]
    public void UpsertReplacesAndDeleteBySourceRemoves()
    {
        using var temp = new TempIndex();
        var article = new Article { Id = "a1", Title = "Chi bộ thôn Đông sinh hoạt chuyên đề", Text = "Chi bộ thôn Đông tổ chức sinh hoạt chuyên đề." };
        temp.Index.Upsert(article, ArticleAnalysis.Empty, "f.txt", "h1");
        temp.Index.Upsert(article with { Title = "Chi bộ thôn Đông đổi mới sinh hoạt" }, ArticleAnalysis.Empty, "f.txt", "h2");
        temp.Index.Commit();

        Assert.Equal(1, temp.Index.Count);
        Assert.Equal("Chi bộ thôn Đông đổi mới sinh hoạt", temp.Index.Get("a1")?.Article.Title);
        temp.Index.DeleteBySource("f.txt");
        temp.Index.Commit();
        Assert.Equal(0, temp.Index.Count);
        Assert.Null(temp.Index.Get("a1"));
    }

    [Fact]
    public void IndexReopensWithWhatWasCommitted()
    {
        var path = Directory.CreateTempSubdirectory("chibo-reopen-").FullName;
        try
        {
            using (var first = ArticleIndex.Open(path))
            {
                first.Upsert(new Article { Id = "x", Title = "Tiêu đề bài", Text = "Nội dung bài viết về chi bộ." }, ArticleAnalysis.Empty);
                first.Commit();
            }

            using var second = ArticleIndex.Open(path);
            Assert.Equal(1, second.Count);
            Assert.True(second.Generation > 0);
        }
        finally
        {
            Directory.Delete(path, recursive: true);
        }
    }
}
