using System.Text.Encodings.Web;
using System.Text.Json;

namespace ChiBo.Cli.Commands;

/// <summary>The command line prints the same JSON shapes as the API (camelCase, ISO dates), readable Vietnamese.</summary>
internal static class CliJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
