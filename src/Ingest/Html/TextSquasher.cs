using System.Text.RegularExpressions;

namespace ChiBo.Ingest.Html;

/// <summary>Collapses runs of white space (non-breaking and zero-width spaces included) to one space.</summary>
internal static partial class TextSquasher
{
    public static string Squash(string? text) =>
        string.IsNullOrEmpty(text) ? string.Empty : Spaces().Replace(text, " ").Trim();

    [GeneratedRegex(@"[\s\u00A0\u200B\uFEFF]+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
