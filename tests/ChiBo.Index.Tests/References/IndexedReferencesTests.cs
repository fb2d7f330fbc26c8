using ChiBo.Extract;
using ChiBo.Index.References;
using ChiBo.Index.Storage;
using ChiBo.Index.Tests.Support;
using ChiBo.Ingest.Model;

namespace ChiBo.Index.Tests.References;

/// <summary>The registry as the index derives it: it must follow adds, replacements, deletions and a restart.</summary>
public sealed class IndexedReferencesTests : IClassFixture<SeedIndex>
{
    private static readonly ArticleAnalyzer Analyzer = new();
    private static readonly Locality YenLac = new("Yên Lạc", "huyện", "Vĩnh Phúc");

    private readonly SeedIndex _seeds;

    public IndexedReferencesTests(SeedIndex seeds) => _seeds = seeds;

    private static Article Article(string id, string text, string published = "2020-01-01") => new()
    {
        Id = id,
        Title = "Bài " + id,
        Text = text,
        Locality = YenLac,
        Published = new PublishedDate(DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture)),
    };

    private static void Upsert(ArticleIndex index, Article article, string source) =>
        index.Upsert(article, Analyzer.Analyze(article), source, "hash-" + article.Id);

    [Fact]
    public void TheSeedRegistryHasYenLacsResolutionWithEveryMentionAndItsSentence()
    {
        var page = _seeds.Index.References(new ReferenceQuery { Code = "06-nq/hu" });

        var entry = Assert.Single(page.Items);
        var detail = _seeds.Index.Reference(entry.Id);
        Assert.NotNull(detail);
        Assert.Equal(entry.MentionCount, detail.Mentions.Count);
        Assert.All(detail.Mentions, m => Assert.Equal(_seeds.IdOf("000"), m.Article.ArticleId));
        Assert.All(detail.Mentions, m => Assert.Contains(m.Mention.Reference.Text, m.Mention.Sentence, StringComparison.Ordinal));
        var text = _seeds.Articles["000"].Text;
        Assert.All(detail.Mentions, m => Assert.Equal(m.Mention.Reference.Text, text[m.Mention.Reference.Start..m.Mention.Reference.End]));
    }

    [Fact]
    public void ReplacingAnArticleReplacesItsMentions()
    {
        using var temp = new TempIndex();
        Upsert(temp.Index, Article("a", "Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị."), "f.txt");
        temp.Index.Commit();
        Assert.Single(temp.Index.References(new ReferenceQuery { Code = "05-CT/TW" }).Items);

        temp.Index.DeleteBySource("f.txt");
        Upsert(temp.Index, Article("b", "Thực hiện Nghị quyết số 22-NQ/TW của Trung ương."), "f.txt");
        temp.Index.Commit();

        Assert.Empty(temp.Index.References(new ReferenceQuery { Code = "05-CT/TW" }).Items);
        var entry = Assert.Single(temp.Index.References(new ReferenceQuery()).Items);
        Assert.Equal("22-NQ/TW", entry.Code);
    }

    [Fact]
    public void AnArticleAddedInALaterCommitJoinsTheEntryItCites()
    {
        using var temp = new TempIndex();
        Upsert(temp.Index, Article("a", "Thực hiện Quy định số 144-QĐ/TW của Bộ Chính trị.", "2024-06-01"), "a.txt");
        temp.Index.Commit();
        Assert.Equal(1, temp.Index.References(new ReferenceQuery()).Items[0].ArticleCount);

        Upsert(temp.Index, Article("b", "Quán triệt Quy định số 144-QĐ/TƯ của Bộ Chính trị.", "2024-07-01"), "b.txt");
        temp.Index.Commit();

        var entry = Assert.Single(temp.Index.References(new ReferenceQuery()).Items);
        Assert.Equal(2, entry.ArticleCount);
        Assert.Equal(new DateOnly(2024, 7, 1), entry.LastMentioned);
        Assert.Equal(["b", "a"], temp.Index.Reference(entry.Id)!.Mentions.Select(m => m.Article.ArticleId));
    }

    [Fact]
    public void TheRegistryIsTheSameAfterTheIndexIsReopened()
    {
        var path = Directory.CreateTempSubdirectory("chibo-registry-reopen-").FullName;
        try
        {
            string before;
            using (var index = ArticleIndex.Open(path))
            {
                Upsert(index, Article("a", "Thực hiện Nghị quyết số 06-NQ/HU, ngày 01/04/2009 của Ban Chấp hành Đảng bộ huyện khóa XIX."), "a.txt");
                Upsert(index, Article("b", "Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị."), "b.txt");
                index.Commit();
                before = Describe(index);
            }

            using var reopened = ArticleIndex.Open(path);
            Assert.Equal(before, Describe(reopened));
            Assert.Contains("06-NQ-HU-yen-lac-khoa-xix", before, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(path, recursive: true);
        }

        static string Describe(ArticleIndex index) =>
            string.Join('\n', index.References(new ReferenceQuery()).Items.Select(e => $"{e.Id} {e.MentionCount} {e.Date} {e.Term}"));
    }
}
