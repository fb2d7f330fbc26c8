using System.CommandLine;
using System.Text.Json;
using ChiBo.Index.Search;
using ChiBo.Index.Storage;
using Spectre.Console;

namespace ChiBo.Cli.Commands;

/// <summary><c>chibo search QUERY</c>: the API's query language and filters, as a table or --json.</summary>
internal static class SearchCommand
{
    public static Command Create(TextWriter output)
    {
        var query = new Argument<string>("query") { Description = "The query: words, \"phrases\", AND/OR/NOT, field:value filters." };
        var data = CommonOptions.Data();
        var locality = new Option<string?>("--locality") { Description = "Only articles about this locality (e.g. \"Bến Tre\")." };
        var province = new Option<string?>("--province") { Description = "Only articles from this province." };
        var year = new Option<int?>("--year") { Description = "Only articles published this year." };
        var from = new Option<DateOnly?>("--from") { Description = "Published on or after (yyyy-MM-dd)." };
        var to = new Option<DateOnly?>("--to") { Description = "Published on or before (yyyy-MM-dd)." };
        var code = new Option<string?>("--code") { Description = "Only articles citing this document code (any spelling)." };
        var type = new Option<string?>("--type") { Description = "Only articles citing a document of this type (\"Nghị quyết\")." };
        var topic = new Option<string?>("--topic") { Description = "Only articles of this news topic (\"Thể thao\", \"the thao\" or its code TT)." };
        var sort = new Option<SearchSort>("--sort") { Description = "relevance or date.", DefaultValueFactory = _ => SearchSort.Relevance };
        var page = new Option<int>("--page") { Description = "1-based page.", DefaultValueFactory = _ => 1 };
        var size = new Option<int>("--size") { Description = "Hits per page (1–100).", DefaultValueFactory = _ => 10 };
        var json = new Option<bool>("--json") { Description = "Print the API's JSON response." };
        var command = new Command("search", "Search the index.") { query, data, locality, province, year, from, to, code, type, topic, sort, page, size, json };
        command.SetAction(parse =>
        {
            var request = new SearchRequest
            {
                Query = parse.GetValue(query),
                Locality = parse.GetValue(locality),
                Province = parse.GetValue(province),
                Year = parse.GetValue(year),
                From = parse.GetValue(from),
                To = parse.GetValue(to),
                Code = parse.GetValue(code),
                Type = parse.GetValue(type),
                Topic = parse.GetValue(topic),
                Sort = parse.GetValue(sort),
                Page = Math.Clamp(parse.GetValue(page), 1, 1000),
                Size = Math.Clamp(parse.GetValue(size), 1, 100),
            };
            return Run(request, CommonOptions.Settings(parse.GetValue(data)), parse.GetValue(json), output);
        });
        return command;
    }

    private static int Run(SearchRequest request, Index.Pipeline.ChiboSettings settings, bool json, TextWriter output)
    {
        using var index = ArticleIndex.Open(settings.IndexDirectory);
        SearchResponse response;
        try
        {
            response = index.Search(request);
        }
        catch (QuerySyntaxException e)
        {
            Console.Error.WriteLine($"chibo: bad query{(e.Position is { } p ? $" at position {p}" : string.Empty)}: {e.Message}");
            return ChiboCommandLine.UsageError;
        }

        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(response, CliJson.Options));
            return ChiboCommandLine.Success;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        var table = new Table().AddColumns("#", "published", "locality", "title / snippet", "score");
        var rank = (request.Page - 1) * request.Size;
        foreach (var hit in response.Hits)
        {
            var snippet = hit.Snippet.Replace("<mark>", "[bold yellow]", StringComparison.Ordinal).Replace("</mark>", "[/]", StringComparison.Ordinal);
            table.AddRow(
                new Markup((++rank).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Text(hit.Published ?? string.Empty),
                new Text(hit.Locality?.Display ?? string.Empty),
                new Markup($"[bold]{Markup.Escape(hit.Title)}[/]\n{SafeMarkup(snippet)}\n[grey]{hit.Id}[/]"),
                new Text(hit.Score.ToString("F2", System.Globalization.CultureInfo.InvariantCulture)));
        }

        console.Write(table);
        console.WriteLine($"{response.Total} articles match.");
        if (response.DidYouMean is { } suggestion)
        {
            console.WriteLine($"Did you mean: {suggestion}");
        }

        return ChiboCommandLine.Success;
    }

    /// <summary>The snippet is HTML-escaped with our own markup inserted; Spectre markup needs its brackets escaped too.</summary>
    private static string SafeMarkup(string snippetWithMarkup)
    {
        var escaped = System.Net.WebUtility.HtmlDecode(snippetWithMarkup)
            .Replace("[", "[[", StringComparison.Ordinal).Replace("]", "]]", StringComparison.Ordinal)
            .Replace("[[bold yellow]]", "[bold yellow]", StringComparison.Ordinal)
            .Replace("[[/]]", "[/]", StringComparison.Ordinal);
        return escaped;
    }
}
