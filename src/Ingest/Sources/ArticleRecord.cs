using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChiBo.Ingest.Sources;

/// <summary>One line of an NDJSON dump. <c>authors</c> may be a string or an array; unknown fields are ignored.</summary>
internal sealed record ArticleRecord(
    string? Text,
    string? Html,
    string? Title,
    [property: JsonConverter(typeof(FlexibleStringConverter))] string? Published,
    string? Url,
    JsonElement? Authors,
    [property: JsonConverter(typeof(FlexibleStringConverter))] string? Locality)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public IReadOnlyList<string> AuthorList() => Authors switch
    {
        { ValueKind: JsonValueKind.String } s => [s.GetString()!],
        { ValueKind: JsonValueKind.Array } a => [.. a.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)],
        _ => [],
    };
}
