using System.Globalization;
using ChiBo.Index.Search;
using Microsoft.AspNetCore.Mvc;

namespace ChiBo.SearchApi.Apis;

/// <summary>
/// GET /api/search's query string (api.md), bound as text so that every malformed value gets a ProblemDetails that
/// names the parameter rather than a bare binding failure. The names are given so that the OpenAPI document shows
/// the lower-case names researchers type.
/// </summary>
public sealed record SearchParameters(
    [FromQuery(Name = "q")] string? Q,
    [FromQuery(Name = "locality")] string? Locality,
    [FromQuery(Name = "province")] string? Province,
    [FromQuery(Name = "year")] string? Year,
    [FromQuery(Name = "from")] string? From,
    [FromQuery(Name = "to")] string? To,
    [FromQuery(Name = "code")] string? Code,
    [FromQuery(Name = "type")] string? Type,
    [FromQuery(Name = "sort")] string? Sort,
    [FromQuery(Name = "page")] string? Page,
    [FromQuery(Name = "size")] string? Size)
{
    public const int MaxQueryLength = 1000;
    public const int MaxSize = 100;
    public const int MaxPage = 1000;

    /// <summary>Validates every parameter; on failure <paramref name="errors"/> maps parameter names to messages.</summary>
    public bool TryToRequest(out SearchRequest request, out Dictionary<string, string[]> errors)
    {
        errors = [];
        var page = ParseInt(Page, "page", 1, 1, MaxPage, errors);
        var size = ParseInt(Size, "size", 10, 1, MaxSize, errors);
        int? year = Year is null ? null : ParseInt(Year, "year", 0, 1900, 2100, errors);
        var from = ParseDate(From, "from", errors);
        var to = ParseDate(To, "to", errors);
        if (from is { } f && to is { } t && f > t)
        {
            errors["to"] = ["'to' is before 'from'."];
        }

        var sort = SearchSort.Relevance;
        if (Sort is not null && !Enum.TryParse(Sort, ignoreCase: true, out sort))
        {
            errors["sort"] = ["Use 'relevance' or 'date'."];
        }

        CheckLength(Q, "q", MaxQueryLength, errors);
        foreach (var (value, name) in new[] { (Locality, "locality"), (Province, "province"), (Code, "code"), (Type, "type") })
        {
            CheckLength(value, name, 200, errors);
        }

        request = new SearchRequest
        {
            Query = Q,
            Locality = Blank(Locality),
            Province = Blank(Province),
            Year = year,
            From = from,
            To = to,
            Code = Blank(Code),
            Type = Blank(Type),
            Sort = sort,
            Page = page,
            Size = size,
        };
        return errors.Count == 0;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static void CheckLength(string? value, string name, int max, Dictionary<string, string[]> errors)
    {
        if (value is { Length: var n } && n > max)
        {
            errors[name] = [$"At most {max} characters."];
        }
    }

    private static int ParseInt(string? value, string name, int fallback, int min, int max, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < min || n > max)
        {
            errors[name] = [$"A whole number from {min} to {max}."];
            return fallback;
        }

        return n;
    }

    private static DateOnly? ParseDate(string? value, string name, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        string[] formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy", "d/M/yyyy", "dd/MM/yyyy"];
        if (DateOnly.TryParseExact(value.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors[name] = ["A date: 2019-11-08 (or day-first 08/11/2019)."];
        return null;
    }
}
