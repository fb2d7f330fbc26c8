using ChiBo.Extract.Model;
using ChiBo.Extract.References;
using ChiBo.Extract.Statistics;
using ChiBo.Extract.Topics;
using ChiBo.Ingest.Model;

namespace ChiBo.Extract;

/// <summary>Runs every extractor over one article. Thread-safe: extractors hold no per-call state.</summary>
public sealed class ArticleAnalyzer(ReferenceExtractor references, StatisticExtractor statistics, TopicClassifier? topics = null)
{
    public ArticleAnalyzer()
        : this(new ReferenceExtractor(), new StatisticExtractor(), TopicClassifier.Shared)
    {
    }

    public ArticleAnalysis Analyze(Article article) => Analyze(article.Text, ArticleContext.Of(article));

    public ArticleAnalysis Analyze(string text, ArticleContext context) =>
        new(references.Extract(text, context), statistics.Extract(text, context))
        {
            Topic = topics?.Classify(context?.Title, text),
        };
}
