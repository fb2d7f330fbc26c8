using System.Reflection;
using System.Text;

namespace ChiBo.Ingest.Sources.LegacyFonts;

/// <summary>
/// A pre-Unicode Vietnamese font encoding (TCVN3, VNI): text typed in such a font is ordinary single-byte text whose
/// glyphs happen to look Vietnamese, so decoded as windows-1252 (or saved as UTF-8 of those glyphs) "Đảng" reads
/// "§¶ng" (TCVN3) or "Ñaûng" (VNI). The mapping lives in a table file beside this class.
/// </summary>
public sealed class LegacyFontEncoding
{
    private readonly Dictionary<string, string> _toUnicode;
    private readonly Dictionary<char, string> _fromUnicode;

    private LegacyFontEncoding(string name, string table)
    {
        Name = name;
        _toUnicode = new Dictionary<string, string>(StringComparer.Ordinal);
        _fromUnicode = [];
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(typeof(LegacyFontEncoding).Namespace + "." + table)
            ?? throw new InvalidOperationException("Missing embedded table " + table);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var columns = line.Split('\t');
            var glyphs = string.Concat(columns[1].Split(' ').Select(hex => (char)Convert.ToByte(hex, 16)));
            _toUnicode.Add(glyphs, columns[0]);
            _fromUnicode.Add(columns[0][0], glyphs);
        }

        MarkerCharacters = _toUnicode.Keys.SelectMany(g => g).Where(c => c >= 0x80).ToHashSet();
        LongestGlyphs = _toUnicode.Keys.Max(g => g.Length);
    }

    public static LegacyFontEncoding Tcvn3 { get; } = new("TCVN3", "tcvn3.tsv");

    public static LegacyFontEncoding Vni { get; } = new("VNI", "vni.tsv");

    public static IReadOnlyList<LegacyFontEncoding> All { get; } = [Tcvn3, Vni];

    /// <summary>"TCVN3" or "VNI".</summary>
    public string Name { get; }

    /// <summary>What is recorded on an article converted from this encoding.</summary>
    public string Conversion => Name + "→Unicode";

    /// <summary>The non-ASCII glyphs this encoding uses for Vietnamese letters: their share in a text hints at it.</summary>
    public IReadOnlySet<char> MarkerCharacters { get; }

    private int LongestGlyphs { get; }

    /// <summary>Replaces every glyph sequence of this encoding with its Unicode letter (NFC); other characters stay.</summary>
    public string ToUnicode(string glyphText)
    {
        ArgumentNullException.ThrowIfNull(glyphText);
        var result = new StringBuilder(glyphText.Length);
        var i = 0;
        while (i < glyphText.Length)
        {
            var matched = false;
            for (var length = Math.Min(LongestGlyphs, glyphText.Length - i); length >= 1 && !matched; length--)
            {
                if (_toUnicode.TryGetValue(glyphText.Substring(i, length), out var letter))
                {
                    result.Append(letter);
                    i += length;
                    matched = true;
                }
            }

            if (!matched)
            {
                result.Append(glyphText[i]);
                i++;
            }
        }

        return result.ToString();
    }

    /// <summary>
    /// Writes Unicode Vietnamese as this font's glyphs (upper-case toned TCVN3 letters, absent from the plain fonts,
    /// become their lower-case glyphs). Used to build test inputs; ingest only reads.
    /// </summary>
    public string FromUnicode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new StringBuilder(text.Length + 16);
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (_fromUnicode.TryGetValue(c, out var glyphs) || _fromUnicode.TryGetValue(char.ToLowerInvariant(c), out glyphs))
            {
                result.Append(glyphs);
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }
}
