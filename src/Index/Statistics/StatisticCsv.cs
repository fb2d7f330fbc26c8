using System.Globalization;

namespace ChiBo.Index.Statistics;

/// <summary>
/// Statistic records as RFC 4180 CSV that pandas and R read unchanged: a header row, one value per column, CRLF
/// line ends, fields with commas, quotes or line breaks quoted (quotes doubled), decimal points, ISO dates, no byte
/// order mark (R's read.csv would keep it in the first column's name). The caller writes UTF-8.
/// </summary>
public static class StatisticCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    private static readonly string[] Header =
    [
        "metric", "value", "upper", "qualifier", "unit", "kind", "numerator", "denominator", "locality", "province", "period",
        "derived", "derivedFrom", "consistency", "change", "subject", "sentence", "start", "end", "documentId", "title",
        "published", "url",
    ];

    public static void Write(TextWriter writer, IEnumerable<StatisticRecord> records)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(records);
        WriteRow(writer, Header);
        foreach (var r in records)
        {
            WriteRow(writer, [
                r.Metric,
                StatisticRecords.Format(r.Value),
                r.Upper is { } upper ? StatisticRecords.Format(upper) : null,
                r.Qualifier,
                r.Unit,
                r.Kind,
                r.Numerator is { } n ? StatisticRecords.Format(n) : null,
                r.Denominator is { } d ? StatisticRecords.Format(d) : null,
                r.Locality is { } l ? $"{l.Kind} {l.Name}" : null,
                r.Locality?.Province,
                r.Period,
                r.Derived ? "true" : "false",
                r.DerivedFrom is { } from ? string.Join(" + ", from.Select(s => StatisticRecords.Format(s.Value) + (s.Unit == "%" ? "%" : " " + s.Unit))) : null,
                r.Consistency,
                r.Change,
                r.Subject,
                r.Sentence,
                r.Start?.ToString(CultureInfo.InvariantCulture),
                r.End?.ToString(CultureInfo.InvariantCulture),
                r.DocumentId,
                r.Title,
                r.Published?.ToIsoString(),
                r.Url,
            ]);
        }
    }

    /// <summary>A file name for the download: the metric id, or "statistics".</summary>
    public static string FileName(string? metric) => (metric ?? "statistics") + ".csv";

    private static void WriteRow(TextWriter writer, string?[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            writer.Write(Escape(fields[i]));
        }

        writer.Write("\r\n");
    }

    private static string Escape(string? field)
    {
        if (string.IsNullOrEmpty(field))
        {
            return string.Empty;
        }

        return field.AsSpan().IndexOfAny(",\"\r\n") >= 0 || field[0] == ' ' || field[^1] == ' '
            ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : field;
    }
}
