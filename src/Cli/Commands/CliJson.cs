using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ChiBo.Ingest.Model;

namespace ChiBo.Cli.Commands;

/// <summary>The command line prints the same JSON shapes as the API (camelCase, ISO dates), readable Vietnamese.</summary>
internal static class CliJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new PublishedDateConverter() },
    };

    private sealed class PublishedDateConverter : JsonConverter<PublishedDate>
    {
        public override PublishedDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            PublishedDate.TryParseIso(reader.GetString(), out var d) ? d : default;

        public override void Write(Utf8JsonWriter writer, PublishedDate value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToIsoString());
    }
}
