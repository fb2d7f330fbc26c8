using ChiBo.Extract.Model;

namespace ChiBo.Extract.Statistics;

/// <summary>
/// Adds up reported parts into the whole a comparison asks for, when the article gives the parts but not the whole
/// (statistics.md §4). Which metrics sum to which comes from the taxonomy's "sumOf"; parts must be percentages of
/// the same locality and period. A whole the article states itself is never replaced.
/// </summary>
public sealed class DerivedFigureCalculator(MetricTaxonomy taxonomy)
{
    public DerivedFigureCalculator()
        : this(MetricTaxonomy.Default)
    {
    }

    /// <param name="statistics">The statistics of one article, or of several; parts are matched within one locality and period.</param>
    public IReadOnlyList<DerivedStatistic> Derive(IEnumerable<Statistic> statistics)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        var derived = new List<DerivedStatistic>();
        // A range has no single value to add.
        var percentages = statistics.Where(s => s.Kind == StatisticKind.Percentage && s.Change is null && s.Upper is null);
        foreach (var group in percentages.GroupBy(s => (s.Locality, s.Period)))
        {
            foreach (var whole in taxonomy.Metrics.Where(m => m.SumOf.Count > 0))
            {
                if (group.Any(s => s.Metric == whole.Id))
                {
                    continue;
                }

                var parts = whole.SumOf.Select(id => group.FirstOrDefault(s => s.Metric == id)).ToList();
                if (parts.Exists(p => p is null))
                {
                    continue;
                }

                var sources = parts.ConvertAll(p => p!);
                var qualifiers = sources.Select(s => s.Qualifier).Distinct(StringComparer.Ordinal).ToList();
                derived.Add(new DerivedStatistic
                {
                    Metric = whole.Id,
                    Value = sources.Sum(s => s.Value),
                    Qualifier = qualifiers.Count == 1 ? qualifiers[0] : StatisticQualifier.Approx,
                    Locality = group.Key.Locality,
                    Period = group.Key.Period,
                    Sources = sources,
                });
            }
        }

        return derived;
    }
}
