using ChiBo.Extract.Model;
using ChiBo.Extract.Statistics;
using ChiBo.Ingest.Model;
using ChiBo.TestSupport;

namespace ChiBo.Extract.Tests.Statistics.Support;

/// <summary>The five seed articles as raw files, with the locality and publication date acceptance.md gives them.</summary>
internal static class Seeds
{
    private static readonly StatisticExtractor Extractor = new();
    private static readonly StatisticExtractor KeywordExtractor = new(KeywordMetricClassifier.Default);

    public static string Text(string seed) => File.ReadAllText(RepositoryPaths.CorpusFile(seed));

    public static ArticleContext Context(string seed) => seed switch
    {
        "000" => new(new Locality("Yên Lạc", "huyện", "tỉnh Vĩnh Phúc"), new PublishedDate(new DateOnly(2019, 11, 8))),
        "001" => new(new Locality("Sông Lô", "huyện", "tỉnh Vĩnh Phúc"), new PublishedDate(new DateOnly(2020, 9, 21))),
        "002" => new(new Locality("Mê Linh", "huyện", "thành phố Hà Nội"), new PublishedDate(new DateOnly(2024, 6, 20), new TimeOnly(16, 48))),
        "003" => new(new Locality("Hồng Lĩnh", "thị xã", "tỉnh Hà Tĩnh"), new PublishedDate(new DateOnly(2022, 10, 4), new TimeOnly(23, 1))),
        "004" => new(new Locality("Bến Tre", "thành phố", "tỉnh Bến Tre"), new PublishedDate(new DateOnly(2019, 12, 18), new TimeOnly(16, 0))),
        _ => throw new ArgumentOutOfRangeException(nameof(seed), seed, "Not a seed."),
    };

    public static IReadOnlyList<Statistic> Statistics(string seed) => Extractor.Extract(Text(seed), Context(seed));

    /// <summary>The seed's statistics with their metrics from the keyword baseline rather than the shipped model.</summary>
    public static IReadOnlyList<Statistic> KeywordStatistics(string seed) => KeywordExtractor.Extract(Text(seed), Context(seed));

    public static Statistic Percentage(string seed, decimal value, string sentenceContains) =>
        Assert.Single(Statistics(seed), s => s.Kind == StatisticKind.Percentage && s.Value == value && s.Sentence.Contains(sentenceContains, StringComparison.Ordinal));
}
