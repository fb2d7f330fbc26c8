using System.Globalization;

namespace ChiBo.Extract.Statistics;

/// <summary>
/// Parses numbers as the Vietnamese press writes them: a dot groups thousands ("29.255", "5.262"), a comma is the
/// decimal mark ("94,2", "19,64"). A dot followed by other than exactly three digits is read as a decimal point, as
/// some sites write English-style ("80.35"). .NET's vi-VN culture would read "3.5" as 35, so it is not used.
/// </summary>
public static class VietnameseNumber
{
    public static bool TryParse(string written, out decimal value)
    {
        value = 0;
        if (string.IsNullOrEmpty(written) || !char.IsDigit(written[0]) || !char.IsDigit(written[^1]))
        {
            return false;
        }

        var comma = written.IndexOf(',', StringComparison.Ordinal);
        var integerPart = comma >= 0 ? written[..comma] : written;
        var fraction = comma >= 0 ? written[(comma + 1)..] : string.Empty;
        if (fraction.Contains(',', StringComparison.Ordinal) || fraction.Contains('.', StringComparison.Ordinal))
        {
            return false;
        }

        var groups = integerPart.Split('.');
        if (groups.Length > 1)
        {
            var thousands = groups.Skip(1).All(g => g.Length == 3) && groups[0].Length is >= 1 and <= 3;
            if (!thousands)
            {
                if (groups.Length == 2 && comma < 0)
                {
                    return decimal.TryParse(integerPart, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
                }

                return false;
            }

            integerPart = string.Concat(groups);
        }

        var normalized = fraction.Length > 0 ? integerPart + "." + fraction : integerPart;
        return decimal.TryParse(normalized, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }
}
