using System.Buffers;
using System.Globalization;
using System.Text;

namespace ChiBo.Extract.References;

/// <summary>
/// The article text as the matchers see it (NFC, Ð → Đ, every dash → '-', no-break space → space) with a map
/// from each matching offset back to the stored text, so that a reference's offsets always index what was stored.
/// When nothing needs changing (the common case) the text is used as is and the map is the identity.
/// </summary>
internal sealed class MatchText
{
    private readonly int[]? _map;

    private MatchText(string text, int[]? map)
    {
        Text = text;
        _map = map;
    }

    public string Text { get; }

    /// <summary>The stored-text offset of matching offset <paramref name="index"/> (0..Text.Length inclusive).</summary>
    public int ToStored(int index) => _map is null ? index : _map[index];

    public static MatchText Of(string stored)
    {
        if (stored.AsSpan().IndexOfAny(Special) < 0 && stored.IsNormalized(NormalizationForm.FormC))
        {
            return new MatchText(stored, null);
        }

        var builder = new StringBuilder(stored.Length);
        var map = new List<int>(stored.Length + 1);
        var i = 0;
        while (i < stored.Length)
        {
            var start = i++;
            while (i < stored.Length && (char.IsLowSurrogate(stored[i]) || IsCombining(stored[i])))
            {
                i++;
            }

            if (i - start == 1)
            {
                builder.Append(Replace(stored[start]));
                map.Add(start);
                continue;
            }

            foreach (var c in stored.Substring(start, i - start).Normalize(NormalizationForm.FormC))
            {
                builder.Append(Replace(c));
                map.Add(start);
            }
        }

        map.Add(stored.Length);
        return new MatchText(builder.ToString(), [.. map]);
    }

    private static readonly SearchValues<char> Special = SearchValues.Create("\u00D0\u00F0\u00A0\u2010\u2011\u2012\u2013\u2014\u2212");

    private static bool IsCombining(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static char Replace(char c) => c switch
    {
        '\u00D0' => 'Đ',
        '\u00F0' => 'đ',
        '\u00A0' => ' ',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => '-',
        _ => c,
    };
}
