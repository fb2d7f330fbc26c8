using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace ChiBo.Extract.Statistics;

/// <summary>
/// Reads Vietnamese numbers written in words, alone or after digits: "hai mươi tư" → 24, "một trăm linh năm" → 105,
/// "mười lăm" → 15, "1 triệu rưỡi" → 1 500 000, "3,5 triệu" → 3 500 000, "chục nghìn tỉ" → 10^13, "1,3 vạn" → 13 000. Regional variants (mốt, tư, lăm, lẻ, ngàn)
/// are read as their standard forms.
/// </summary>
public static partial class SpelledNumber
{
    private static readonly FrozenDictionary<string, int> Digits = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["không"] = 0,
        ["một"] = 1,
        ["mốt"] = 1,
        ["hai"] = 2,
        ["ba"] = 3,
        ["bốn"] = 4,
        ["tư"] = 4,
        ["năm"] = 5,
        ["lăm"] = 5,
        ["sáu"] = 6,
        ["bảy"] = 7,
        ["bẩy"] = 7,
        ["tám"] = 8,
        ["chín"] = 9,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, decimal> Scales = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase)
    {
        ["nghìn"] = 1_000m,
        ["ngàn"] = 1_000m,
        ["vạn"] = 10_000m,
        ["triệu"] = 1_000_000m,
        ["tỷ"] = 1_000_000_000m,
        ["tỉ"] = 1_000_000_000m,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Parses a whole phrase such as "một trăm linh năm"; false when any word is not part of a number.</summary>
    public static bool TryParse(string phrase, out decimal value)
    {
        value = 0;
        decimal total = 0, group = 0;
        decimal? pending = null;
        var lastScale = 0m;
        var lastWord = "";
        var words = 0;
        foreach (var word in phrase.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            words++;
            if (Digits.TryGetValue(word, out var digit))
            {
                if (pending is not null)
                {
                    return false;
                }

                pending = digit;
            }
            else if (char.IsAsciiDigit(word[0]))
            {
                if (pending is not null || !VietnameseNumber.TryParse(word, out var numeric))
                {
                    return false;
                }

                pending = numeric;
            }
            else if (word.Equals("mười", StringComparison.OrdinalIgnoreCase))
            {
                if (pending is not null)
                {
                    return false;
                }

                group += 10;
            }
            else if (word.Equals("chục", StringComparison.OrdinalIgnoreCase))
            {
                // "chục tỉ" 10 000 000 000, "ba chục" 30: tens of what follows.
                group += (pending ?? 1) * 10;
                pending = null;
            }
            else if (word.Equals("mươi", StringComparison.OrdinalIgnoreCase))
            {
                if (pending is not { } tens)
                {
                    return false;
                }

                group += tens * 10;
                pending = null;
            }
            else if (word.Equals("trăm", StringComparison.OrdinalIgnoreCase))
            {
                group += (pending ?? 1) * 100;
                pending = null;
            }
            else if (word.Equals("linh", StringComparison.OrdinalIgnoreCase) || word.Equals("lẻ", StringComparison.OrdinalIgnoreCase))
            {
                if (!lastWord.Equals("trăm", StringComparison.OrdinalIgnoreCase) && !Scales.ContainsKey(lastWord))
                {
                    return false;
                }
            }
            else if (Scales.TryGetValue(word, out var scale))
            {
                group += pending ?? 0;
                pending = null;

                // A larger scale multiplies what came before ("nghìn tỉ" 10^12, "5,13 nghìn tỷ"); a bare scale is one of it.
                total = scale > lastScale
                    ? (group == 0 && total > 0 ? total : total + (group == 0 ? 1 : group)) * scale
                    : total + (group == 0 ? 1 : group) * scale;
                group = 0;
                lastScale = scale;
            }
            else if (word.Equals("rưỡi", StringComparison.OrdinalIgnoreCase))
            {
                // Half of the unit just named: "nghìn rưỡi" 1 500, "trăm rưỡi" 150.
                if (Scales.TryGetValue(lastWord, out var named))
                {
                    total += named / 2;
                }
                else if (lastWord.Equals("trăm", StringComparison.OrdinalIgnoreCase))
                {
                    group += 50;
                }
                else
                {
                    return false;
                }
            }
            else
            {
                return false;
            }

            lastWord = word;
        }

        value = total + group + (pending ?? 0);
        return words > 0;
    }

    /// <summary>
    /// Candidate spelled numbers in running text: runs of number words, optionally led by digits ("1 triệu rưỡi").
    /// At least one word must be spelled; a run of digits alone is the numeric grammar's business.
    /// </summary>
    [GeneratedRegex(
        @"(?<![\p{L}\p{M}\d])(?:\d+(?:[.,]\d+)*\s+)?(?:(?:không|một|mốt|hai|ba|bốn|tư|năm|lăm|sáu|bảy|bẩy|tám|chín|mười|mươi|chục|trăm|linh|lẻ|nghìn|ngàn|vạn|triệu|tỷ|tỉ|rưỡi)(?![\p{L}\p{M}])\s*)+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex Phrase();
}
