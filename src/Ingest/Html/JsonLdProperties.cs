using System.Text.Json;
using AngleSharp.Dom;

namespace ChiBo.Ingest.Html;

/// <summary>String values of a named property anywhere in a page's JSON-LD blocks, in document order; broken blocks are skipped.</summary>
internal static class JsonLdProperties
{
    public static string? First(IDocument document, string property) => Strings(document, property) is [var first, ..] ? first : null;

    public static IReadOnlyList<string> Strings(IDocument document, string property)
    {
        var found = new List<string>();
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                Collect(json.RootElement, property, found);
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common; the page's other blocks and metadata remain.
            }
        }

        return found;
    }

    private static void Collect(JsonElement element, string property, List<string> found)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in element.EnumerateObject())
                {
                    if (p.Name == property && p.Value.ValueKind == JsonValueKind.String && p.Value.GetString() is { Length: > 0 } value)
                    {
                        found.Add(value);
                    }
                    else
                    {
                        Collect(p.Value, property, found);
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, property, found);
                }

                break;
            default:
                break;
        }
    }
}
