using ChiBo.Extract.Topics;
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
    [FromQuery(Name = "topic")] string? Topic,
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
        var page = QueryParameters.ParseInt(Page, "page", 1, 1, MaxPage, errors);
        var size = QueryParameters.ParseInt(Size, "size", 10, 1, MaxSize, errors);
        int? year = Year is null ? null : QueryParameters.ParseInt(Year, "year", 0, 1900, 2100, errors);
        var from = QueryParameters.ParseDate(From, "from", errors);
        var to = QueryParameters.ParseDate(To, "to", errors);
        if (from is { } f && to is { } t && f > t)
        {
            errors["to"] = ["'to' is before 'from'."];
        }

        var sort = SearchSort.Relevance;
        if (Sort is not null && !Enum.TryParse(Sort, ignoreCase: true, out sort))
        {
            errors["sort"] = ["Use 'relevance' or 'date'."];
        }

        QueryParameters.CheckLength(Q, "q", MaxQueryLength, errors);
        foreach (var (value, name) in new[] { (Locality, "locality"), (Province, "province"), (Code, "code"), (Type, "type"), (Topic, "topic") })
        {
            QueryParameters.CheckLength(value, name, 200, errors);
        }

        if (QueryParameters.Blank(Topic) is { } topic && VntcTopics.Find(topic) is null)
        {
            errors["topic"] = [$"One of: {string.Join(", ", VntcTopics.All)} (or its VNTC code, e.g. TT)."];
        }

        request = new SearchRequest
        {
            Query = Q,
            Locality = QueryParameters.Blank(Locality),
            Province = QueryParameters.Blank(Province),
            Year = year,
            From = from,
            To = to,
            Code = QueryParameters.Blank(Code),
            Type = QueryParameters.Blank(Type),
            Topic = QueryParameters.Blank(Topic),
            Sort = sort,
            Page = page,
            Size = size,
        };
        return errors.Count == 0;
    }
}
