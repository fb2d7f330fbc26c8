using ChiBo.Extract.Statistics;
using ChiBo.Index.Search;
using ChiBo.Index.Storage;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ChiBo.Index.Statistics;

/// <summary>
/// Statistic records across the corpus, filtered and compared. The index narrows the articles first (the
/// <see cref="StatisticFields"/> of the metric, locality and province, the publication-date fields), so a listing
/// over 100k+ articles reads only the stored JSON of the articles that can match, newest first; the records are
/// then rebuilt from that JSON and filtered exactly. Thread-safe; sees the index's last commit.
/// </summary>
public sealed class CorpusStatistics(ArticleIndex index, MetricTaxonomy taxonomy)
{
    private static readonly ISet<string> JsonOnly = new HashSet<string>(StringComparer.Ordinal) { IndexFields.Json };

    public CorpusStatistics(ArticleIndex index)
        : this(index, MetricTaxonomy.Default)
    {
    }

    public MetricTaxonomy Taxonomy => taxonomy;

    /// <summary>One page of the matching records, newest article first, in text order within an article.</summary>
    public StatisticPage Find(StatisticQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var skip = (query.Page - 1) * query.Size;
        var page = new List<StatisticRecord>(Math.Min(query.Size, 1024));
        var total = 0;
        Visit(query, record =>
        {
            if (total >= skip && page.Count < query.Size)
            {
                page.Add(record);
            }

            total++;
        });
        return new StatisticPage(total, query.Page, query.Size, page);
    }

    /// <summary>The metric across localities and periods; null when the taxonomy has no such metric.</summary>
    public MetricComparison? Compare(string metric, ComparisonSort sort = ComparisonSort.Locality, StatisticPeriod? period = null)
    {
        ArgumentNullException.ThrowIfNull(metric);
        if (taxonomy.Find(metric) is not { } definition)
        {
            return null;
        }

        var records = new List<StatisticRecord>();
        Visit(new StatisticQuery { Metric = metric, Period = period }, records.Add);
        return new MetricComparison(definition.Id, definition.Label, sort, ComparisonBuilder.Rows(records, sort));
    }

    private void Visit(StatisticQuery query, Action<StatisticRecord> visit)
    {
        var localityKey = query.Locality is { } l ? FilterKey.Of(l) : null;
        var provinceKey = query.Province is { } p ? FilterKey.Of(p) : null;
        index.Read(searcher =>
        {
            foreach (var doc in MatchingNewestFirst(searcher, query, localityKey, provinceKey))
            {
                var (article, analysis) = StoredArticleJson.Deserialize(searcher.Doc(doc, JsonOnly).Get(IndexFields.Json), string.Empty);
                foreach (var record in StatisticRecords.Of(article, analysis, StatisticFields.Derivation))
                {
                    if ((query.Metric is null || record.Metric == query.Metric)
                        && (localityKey is null || (record.Locality is { } rl && FilterKey.Of(rl.Name) == localityKey))
                        && (provinceKey is null || (record.Locality?.Province is { } rp && FilterKey.Of(rp) == provinceKey))
                        && (query.Period is not { } asked || (StatisticPeriod.TryParse(record.Period, out var covered) && covered.Overlaps(asked))))
                    {
                        visit(record);
                    }
                }
            }

            return 0;
        });
    }

    private static List<int> MatchingNewestFirst(IndexSearcher searcher, StatisticQuery query, string? localityKey, string? provinceKey)
    {
        var all = new BooleanQuery
        {
            { new TermQuery(new Term(StatisticFields.Metric, query.Metric ?? StatisticFields.AnyMetric)), Occur.MUST },
        };
        if (localityKey is not null)
        {
            all.Add(new TermQuery(new Term(StatisticFields.Locality, localityKey)), Occur.MUST);
        }

        if (provinceKey is not null)
        {
            all.Add(new TermQuery(new Term(StatisticFields.Province, provinceKey)), Occur.MUST);
        }

        foreach (var filter in ResearcherQueryBuilder.Filters(new SearchRequest { Year = query.Year, From = query.From, To = query.To }))
        {
            all.Add(filter, Occur.MUST);
        }

        var collector = new DayCollector();
        searcher.Search(new ConstantScoreQuery(all), collector);
        collector.Hits.Sort((a, b) => b.Day != a.Day ? b.Day.CompareTo(a.Day) : a.Doc.CompareTo(b.Doc));
        return collector.Hits.ConvertAll(h => h.Doc);
    }
}
