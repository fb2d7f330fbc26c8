using System.Globalization;
using ChiBo.Extract.Model;
using ChiBo.Extract.Statistics;
using ChiBo.Ingest.Model;

namespace ChiBo.Index.Statistics;

/// <summary>
/// An article's statistics as corpus records: every reported figure, then the figures its parts imply
/// (<see cref="DerivedFigureCalculator"/>), marked derived. The index and the listing build them the same way, so
/// what the index says an article reports is what the listing shows.
/// </summary>
public static class StatisticRecords
{
    private static readonly string[] UnitKinds = ["thành phố", "thị trấn", "thị xã", "huyện", "quận", "tỉnh", "phường", "xã"];

    public static IReadOnlyList<StatisticRecord> Of(Article article, ArticleAnalysis analysis, DerivedFigureCalculator derivation)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(derivation);
        var records = new List<StatisticRecord>(analysis.Statistics.Count);
        foreach (var s in analysis.Statistics)
        {
            records.Add(new StatisticRecord
            {
                DocumentId = article.Id,
                Title = article.Title,
                Published = article.Published,
                Url = article.Url,
                Locality = LocalityOf(s.Locality, article.Locality),
                Period = s.Period,
                Value = s.Value,
                Upper = s.Upper,
                Kind = s.Kind,
                Unit = s.Unit,
                Qualifier = s.Qualifier,
                Numerator = s.Numerator,
                Denominator = s.Denominator,
                Subject = s.Subject,
                Metric = s.Metric,
                Confidence = s.Confidence,
                Change = s.Change,
                Consistency = s.Consistency,
                Text = s.Text,
                Start = s.Start,
                End = s.End,
                Sentence = s.Sentence,
            });
        }

        foreach (var d in derivation.Derive(analysis.Statistics))
        {
            records.Add(new StatisticRecord
            {
                DocumentId = article.Id,
                Title = article.Title,
                Published = article.Published,
                Url = article.Url,
                Locality = LocalityOf(d.Locality, article.Locality),
                Period = d.Period,
                Value = d.Value,
                Kind = StatisticKind.Percentage,
                Unit = d.Unit,
                Qualifier = d.Qualifier,
                Metric = d.Metric,
                Confidence = d.Sources.Min(s => s.Confidence),
                Sentence = string.Join(" … ", d.Sources.Select(s => s.Sentence).Distinct(StringComparer.Ordinal)),
                Derived = true,
                Derivation = d.Derivation,
                DerivedFrom = [.. d.Sources.Select(s => new DerivedSource(s.Value, s.Kind, s.Unit, s.Qualifier, s.Metric, s.Text, s.Start, s.End, s.Sentence))],
            });
        }

        return records;
    }

    /// <summary>
    /// The extractor gives a figure's locality as text: the article's own display form, or the unit its sentence
    /// names ("huyện Tam Dương"), which lies in the article's province unless it is a province itself.
    /// </summary>
    public static Locality? LocalityOf(string? named, Locality? own)
    {
        if (named is null || (own is not null && named == own.Display))
        {
            return own;
        }

        foreach (var kind in UnitKinds)
        {
            if (named.StartsWith(kind + " ", StringComparison.OrdinalIgnoreCase))
            {
                var name = named[(kind.Length + 1)..].Trim();
                return kind == "tỉnh" ? new Locality(name, kind, name) : new Locality(name, kind, own?.Province);
            }
        }

        return own;
    }

    /// <summary>How a value prints in CSV and tables: invariant, no trailing zeros ("93.27", "85").</summary>
    public static string Format(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);
}
