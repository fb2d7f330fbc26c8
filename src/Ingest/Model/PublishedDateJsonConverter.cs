using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChiBo.Ingest.Model;

/// <summary>Writes a publication date as api.md requires: "2019-11-08", or "2024-06-20T16:48:00+07:00" with a time.</summary>
public sealed class PublishedDateJsonConverter : JsonConverter<PublishedDate>
{
    public override PublishedDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        PublishedDate.TryParseIso(reader.GetString(), out var date) ? date : throw new JsonException("Expected an ISO 8601 date.");

    public override void Write(Utf8JsonWriter writer, PublishedDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToIsoString());
    }
}
