using ChiBo.Extract.Model;
using ChiBo.Extract.Statistics;
using ChiBo.Index.Storage;
using ChiBo.Ingest.Model;
using Lucene.Net.Documents;

namespace ChiBo.Index.Statistics;

/// <summary>
/// What the index knows of an article's statistics, so that a listing reads only the articles that can match:
/// the metrics it reports or implies, and the localities and provinces its figures apply to (filter keys). The
/// records themselves stay in the article's stored JSON, the one copy that upserts and deletes keep right.
/// </summary>
internal static class StatisticFields
{
    public const string Metric = "stat_metric";
    public const string Locality = "stat_locality";
    public const string Province = "stat_province";

    /// <summary>The <see cref="Metric"/> term every article with at least one statistic has; no metric id is "*".</summary>
    public const string AnyMetric = "*";

    public static void AddTo(Document doc, Article article, ArticleAnalysis analysis)
    {
        var records = StatisticRecords.Of(article, analysis, Derivation);
        if (records.Count == 0)
        {
            return;
        }

        doc.Add(new StringField(Metric, AnyMetric, Field.Store.NO));
        foreach (var metric in records.Select(r => r.Metric).Distinct(StringComparer.Ordinal))
        {
            doc.Add(new StringField(Metric, metric, Field.Store.NO));
        }

        foreach (var key in records.Select(r => r.Locality?.Name).OfType<string>().Select(FilterKey.Of).Distinct(StringComparer.Ordinal))
        {
            doc.Add(new StringField(Locality, key, Field.Store.NO));
        }

        foreach (var key in records.Select(r => r.Locality?.Province).OfType<string>().Select(FilterKey.Of).Distinct(StringComparer.Ordinal))
        {
            doc.Add(new StringField(Province, key, Field.Store.NO));
        }
    }

    internal static DerivedFigureCalculator Derivation { get; } = new(MetricTaxonomy.Default);
}
