using ChiBo.Extract.Model;
using ChiBo.Extract.References;
using ChiBo.Extract.Statistics;
using ChiBo.Ingest.Model;

namespace ChiBo.Extract;

/// <summary>Runs every extractor over one article. Thread-safe: extractors hold no per-call state.</summary>
public sealed class ArticleAnalyzer(ReferenceExtractor references, StatisticExtractor statistics)
{
    public ArticleAnalyzer()
        : this(new ReferenceExtractor(), new StatisticExtractor())
    {
    }

    public ArticleAnalysis Analyze(Article article) => Analyze(article.Text, ArticleContext.Of(article));

    public ArticleAnalysis Analyze(string text, ArticleContext context) =>
        new(references.Extract(text, context), statistics.Extract(text, context));
}
