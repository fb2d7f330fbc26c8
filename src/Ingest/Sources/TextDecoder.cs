using System.Text;
using System.Text.RegularExpressions;
using ChiBo.Ingest.Sources.LegacyFonts;

namespace ChiBo.Ingest.Sources;

/// <summary>
/// Decodes an input's bytes: a byte-order mark first (UTF-8, UTF-16), then a declared charset (HTML meta), then strict
/// UTF-8, then windows-1258 (which decodes Vietnamese to combining marks: composed to NFC here). Binary data is refused.
/// Whatever the byte encoding, text typed in a legacy Vietnamese font (TCVN3, VNI) is then converted to Unicode.
/// </summary>
public static partial class TextDecoder
{
    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes <paramref name="bytes"/>; on failure returns false with the reason.</summary>
    public static bool TryDecode(byte[] bytes, bool lookForMetaCharset, out string text, out string? conversion, out string? error)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        text = string.Empty;
        conversion = null;
        error = null;
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            text = (bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode).GetString(bytes, 2, bytes.Length - 2);
            return Finish(ref text, ref conversion, ref error, lookForMetaCharset);
        }

        if (Array.IndexOf(bytes, (byte)0, 0, Math.Min(bytes.Length, 8192)) >= 0)
        {
            error = "binary data (NUL bytes), not a text article";
            return false;
        }

        var offset = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        if (lookForMetaCharset && offset == 0 && DeclaredCharset(bytes) is { } declared && !declared.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                text = Encoding.GetEncoding(declared).GetString(bytes);
                conversion = declared + "→Unicode";
                return Finish(ref text, ref conversion, ref error, lookForMetaCharset);
            }
            catch (ArgumentException)
            {
                // An unknown declared charset: fall through to detection.
            }
        }

        try
        {
            text = new UTF8Encoding(false, true).GetString(bytes, offset, bytes.Length - offset);
            return Finish(ref text, ref conversion, ref error, lookForMetaCharset);
        }
        catch (DecoderFallbackException)
        {
            // Legacy font glyphs are single bytes read as Latin-1; only when they are not is windows-1258 tried.
            var latin1 = Encoding.Latin1.GetString(bytes);
            if (LegacyFontDetector.Detect(latin1, lookForMetaCharset) is not null)
            {
                text = latin1;
                return Finish(ref text, ref conversion, ref error, lookForMetaCharset);
            }

            text = Encoding.GetEncoding(1258).GetString(bytes);
            conversion = "windows-1258→Unicode";
            return Finish(ref text, ref conversion, ref error, lookForMetaCharset);
        }
    }

    private static bool Finish(ref string text, ref string? conversion, ref string? error, bool isHtml)
    {
        if (LegacyFontDetector.Detect(text, isHtml) is { } legacy)
        {
            text = legacy.ToUnicode(text);
            conversion = legacy.Conversion;
        }

        text = text.Normalize(NormalizationForm.FormC);
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "empty: no text in the file";
            return false;
        }

        // Every byte decodes to something in windows-1258, so bytes that are no text show up as control characters.
        var garbage = text.Count(c => c == '\uFFFD' || (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')));
        if (garbage > text.Length / 100)
        {
            error = $"undecodable: {garbage} of {text.Length} characters are control or replacement characters in every encoding tried";
            return false;
        }

        return true;
    }

    private static string? DeclaredCharset(byte[] bytes)
    {
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        var match = Charset().Match(head);
        return match.Success ? match.Groups["c"].Value.Trim() : null;
    }

    [GeneratedRegex(@"charset\s*=\s*[""']?(?<c>[A-Za-z0-9_\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Charset();
}
