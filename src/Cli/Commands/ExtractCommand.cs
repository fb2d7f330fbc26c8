using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ChiBo.Extract;
using ChiBo.Ingest.Sources;
using Spectre.Console;

namespace ChiBo.Cli.Commands;

/// <summary><c>chibo extract FILE</c>: the references and statistics of one file, as tables or --json.</summary>
internal static class ExtractCommand
{
    public static Command Create(TextWriter output)
    {
        var file = new Argument<string>("file") { Description = "An article file (.txt, .html, …)." };
        var json = new Option<bool>("--json") { Description = "Print JSON: { references, statistics, locality } per article." };
        var data = CommonOptions.Data();
        var command = new Command("extract", "Show the references and statistics found in one file.") { file, json, data };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(json), output));
        return command;
    }

    private static int Run(string file, bool json, TextWriter output)
    {
        if (!File.Exists(file))
        {
            Console.Error.WriteLine($"chibo: no such file: {file}");
            return ChiboCommandLine.UsageError;
        }

        var analyzer = new ArticleAnalyzer();
        var failed = false;
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        foreach (var item in new ArticleSourceReader().ReadFile(file))
        {
            if (item is IngestFailure failure)
            {
                Console.Error.WriteLine($"failed: {failure.Location}: {failure.Reason}");
                failed = true;
                continue;
            }

            var article = ((IngestedArticle)item).Article;
            var analysis = analyzer.Analyze(article);
            if (json)
            {
                output.WriteLine(JsonSerializer.Serialize(new { id = article.Id, title = article.Title, locality = article.Locality, analysis.References, analysis.Statistics }, CliJson.Options));
                continue;
            }

            console.Write(new Rule(Markup.Escape(article.Title)));
            var refs = new Table().AddColumns("as written", "type", "code", "issuer", "date");
            foreach (var r in analysis.References)
            {
                refs.AddRow(Markup.Escape(r.Text), Markup.Escape(r.Type), Markup.Escape(r.Code ?? "—"), Markup.Escape(r.Issuer ?? "—"), r.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—");
            }

            console.Write(refs);
            var stats = new Table().AddColumns("as written", "value", "kind", "qualifier", "subject", "metric");
            foreach (var s in analysis.Statistics)
            {
                stats.AddRow(Markup.Escape(s.Text), s.Value.ToString(CultureInfo.InvariantCulture), s.Kind, s.Qualifier, Markup.Escape(s.Subject ?? "—"), s.Metric);
            }

            console.Write(stats);
        }

        return failed ? ChiboCommandLine.SomeInputsFailed : ChiboCommandLine.Success;
    }
}
