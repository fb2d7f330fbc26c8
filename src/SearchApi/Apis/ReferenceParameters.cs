using ChiBo.Index.References;
using Microsoft.AspNetCore.Mvc;

namespace ChiBo.SearchApi.Apis;

/// <summary>
/// GET /api/references's query string, bound as text so that each bad value is named in the ProblemDetails; named
/// so that the OpenAPI document shows the lower-case names researchers type.
/// </summary>
public sealed record ReferenceParameters(
    [FromQuery(Name = "code")] string? Code,
    [FromQuery(Name = "type")] string? Type,
    [FromQuery(Name = "issuer")] string? Issuer,
    [FromQuery(Name = "locality")] string? Locality,
    [FromQuery(Name = "q")] string? Q,
    [FromQuery(Name = "page")] string? Page,
    [FromQuery(Name = "size")] string? Size)
{
    public const int MaxLength = 200;
    public const int MaxSize = 100;
    public const int MaxPage = 1000;
    public const int DefaultSize = 20;

    public bool TryToQuery(out ReferenceQuery query, out Dictionary<string, string[]> errors)
    {
        errors = [];
        foreach (var (value, name) in new[] { (Code, "code"), (Type, "type"), (Issuer, "issuer"), (Locality, "locality"), (Q, "q") })
        {
            if (value is { Length: > MaxLength })
            {
                errors[name] = [$"At most {MaxLength} characters."];
            }
        }

        if (QueryParameters.Blank(Code) is { } code && !code.Any(char.IsAsciiDigit))
        {
            errors["code"] = ["A document code has a number: 06-NQ/HU, 144-QĐ/TW, 30/2020/NĐ-CP."];
        }

        query = new ReferenceQuery
        {
            Code = QueryParameters.Blank(Code),
            Type = QueryParameters.Blank(Type),
            Issuer = QueryParameters.Blank(Issuer),
            Locality = QueryParameters.Blank(Locality),
            Text = QueryParameters.Blank(Q),
            Page = QueryParameters.ParseInt(Page, "page", 1, 1, MaxPage, errors),
            Size = QueryParameters.ParseInt(Size, "size", DefaultSize, 1, MaxSize, errors),
        };
        return errors.Count == 0;
    }
}
