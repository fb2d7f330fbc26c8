using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ChiBo.Index.Statistics;
using ChiBo.Index.Storage;
using Spectre.Console;

namespace ChiBo.Cli.Commands;

/// <summary><c>chibo compare --metric M</c>: the rows of GET /api/compare, as a table, CSV or JSON.</summary>
internal static class CompareCommand
{
    private static readonly string[] Formats = ["table", "csv", "json"];

    public static Command Create(TextWriter output, TextWriter error)
    {
        var metric = new Option<string>("--metric") { Description = "A metric id (GET /api/metrics), e.g. members.rated_good_or_better_rate.", Required = true };
        var format = new Option<string>("--format") { Description = "table, csv or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong(Formats);
        var sort = new Option<ComparisonSort>("--sort") { Description = "locality, period or value.", DefaultValueFactory = _ => ComparisonSort.Locality };
        var period = new Option<StatisticPeriod?>("--period")
        {
            Description = "Only figures covering these years: 2018 or 2015-2020.",
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
                if (StatisticPeriod.TryParse(text, out var parsed))
                {
                    return parsed;
                }

                result.AddError($"--period takes a year (2018) or a range of years (2015-2020), not '{text}'.");
                return null;
            },
        };
        var data = CommonOptions.Data();
        var command = new Command("compare", "Compare one metric across localities and periods.") { metric, format, sort, period, data };
        command.SetAction(parse => Run(
            parse.GetValue(metric)!,
            parse.GetValue(format)!,
            parse.GetValue(sort),
            parse.GetValue(period),
            CommonOptions.Settings(parse.GetValue(data)),
            output,
            error));
        return command;
    }

    private static int Run(string metric, string format, ComparisonSort sort, StatisticPeriod? period, Index.Pipeline.ChiboSettings settings, TextWriter output, TextWriter error)
    {
        using var index = ArticleIndex.Open(settings.IndexDirectory);
        if (new CorpusStatistics(index).Compare(metric, sort, period) is not { } comparison)
        {
            error.WriteLine($"chibo: unknown metric '{metric}'; the ids are those of GET /api/metrics.");
            return ChiboCommandLine.UsageError;
        }

        switch (format)
        {
            case "csv":
                StatisticCsv.Write(output, comparison.Rows);
                break;
            case "json":
                output.WriteLine(JsonSerializer.Serialize(new { metric = comparison.Metric, label = comparison.Label, sort = sort.ToString().ToLowerInvariant(), rows = comparison.Rows }, CliJson.Options));
                break;
            default:
                WriteTable(comparison, output);
                break;
        }

        return ChiboCommandLine.Success;
    }

    private static void WriteTable(MetricComparison comparison, TextWriter output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        // Figures never wrap: "over 88%" split over two lines would read as two values.
        var table = new Table()
            .AddColumn(new TableColumn("locality"))
            .AddColumn(new TableColumn("period").NoWrap())
            .AddColumn(new TableColumn("value").NoWrap())
            .AddColumn(new TableColumn("derived from").NoWrap())
            .AddColumn(new TableColumn("sentence"))
            .AddColumn(new TableColumn("article"));
        foreach (var r in comparison.Rows)
        {
            var sources = r.DerivedFrom is { } from ? "derived: " + string.Join(" + ", from.Select(s => StatisticRecords.Format(s.Value) + (s.Unit == "%" ? "%" : " " + s.Unit))) : string.Empty;
            table.AddRow(
                new Text(r.Locality?.Display ?? "—"),
                new Text(r.Period ?? "—"),
                new Text(Figure(r)),
                new Text(sources),
                new Text(r.Sentence),
                new Text($"{r.Title}\n{r.DocumentId} {r.Published?.ToIsoString()}"));
        }

        console.Write(new Rule(Markup.Escape($"{comparison.Label} ({comparison.Metric})")));
        console.Write(table);
        console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{comparison.Rows.Count} {(comparison.Rows.Count == 1 ? "row" : "rows")}."));
    }

    /// <summary>"over 88%": the qualifier always travels with the value (statistics.md §5).</summary>
    private static string Figure(StatisticRecord r)
    {
        var bounds = StatisticRecords.Format(r.Value) + (r.Upper is { } upper ? "–" + StatisticRecords.Format(upper) : string.Empty);
        var number = bounds + (r.Unit == "%" ? "%" : " " + r.Unit);
        return r.Qualifier == Extract.Model.StatisticQualifier.Exact ? number : $"{r.Qualifier.Replace('_', ' ')} {number}";
    }
}
