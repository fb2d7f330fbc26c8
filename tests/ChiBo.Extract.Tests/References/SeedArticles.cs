using ChiBo.Extract.Model;
using ChiBo.Ingest.Model;
using ChiBo.TestSupport;

namespace ChiBo.Extract.Tests.References;

/// <summary>The five seed articles' full raw text with the locality the ingest stage gives them (acceptance.md).</summary>
internal static class SeedArticles
{
    public static string Text(string seed) => File.ReadAllText(RepositoryPaths.CorpusFile(seed));

    public static ArticleContext Context(string seed) => seed switch
    {
        "000" => new(new Locality("Yên Lạc", "huyện", "Vĩnh Phúc"), new PublishedDate(new DateOnly(2019, 11, 8))),
        "001" => new(new Locality("Sông Lô", "huyện", "Vĩnh Phúc"), new PublishedDate(new DateOnly(2020, 9, 21))),
        "002" => new(new Locality("Mê Linh", "huyện", "Hà Nội"), new PublishedDate(new DateOnly(2024, 6, 20))),
        "003" => new(new Locality("Hồng Lĩnh", "thị xã", "Hà Tĩnh"), new PublishedDate(new DateOnly(2022, 10, 4))),
        "004" => new(new Locality("Bến Tre", "thành phố", "Bến Tre"), new PublishedDate(new DateOnly(2019, 12, 18))),
        _ => throw new ArgumentOutOfRangeException(nameof(seed)),
    };

    public static IReadOnlyList<DocumentReference> References(string seed) =>
        new ChiBo.Extract.References.ReferenceExtractor().Extract(Text(seed), Context(seed));
}
