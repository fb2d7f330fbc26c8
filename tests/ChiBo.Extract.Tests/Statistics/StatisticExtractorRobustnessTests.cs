using ChiBo.Extract.Model;
using ChiBo.Extract.Statistics;
using ChiBo.Extract.Tests.Statistics.Support;

namespace ChiBo.Extract.Tests.Statistics;

public class StatisticExtractorRobustnessTests
{
    private static readonly StatisticExtractor Extractor = new();

    [Fact]
    public void ShuffledSeedFragmentsNeverBreakOffsets()
    {
        var random = new Random(20240620);
        var source = string.Concat(Enumerable.Range(0, 5).Select(i => Seeds.Text(i.ToString("000", System.Globalization.CultureInfo.InvariantCulture))));
        for (var round = 0; round < 200; round++)
        {
            var pieces = Enumerable.Range(0, 12).Select(_ =>
            {
                var start = random.Next(source.Length - 40);
                return source.Substring(start, random.Next(1, 40));
            });
            var text = string.Join(random.Next(3) switch { 0 => " ", 1 => "\n", _ => "; " }, pieces);

            foreach (var statistic in Extractor.Extract(text, ArticleContext.None))
            {
                Assert.Equal(statistic.Text, text[statistic.Start..statistic.End]);
            }
        }
    }

    [Fact]
    public void ExtractionIsSafeFromManyThreads()
    {
        var expected = Seeds.Statistics("004").Select(s => (s.Start, s.Value, s.Metric)).ToList();

        Parallel.For(0, 16, _ => Assert.Equal(expected, Seeds.Statistics("004").Select(s => (s.Start, s.Value, s.Metric))));
    }
}
