using System.Globalization;

namespace ChiBo.Extract.Statistics;

/// <summary>
/// Reads a number written the Vietnamese way: a dot groups thousands ("29.255"), a comma marks decimals ("94,2").
/// The shape is validated rather than guessed, because .NET's vi-VN parser and a naive replace both read
/// "02753.827.114" (a phone number) or "3.5" as numbers.
/// </summary>
public static class VietnameseNumber
{
    /// <summary>
    /// Parses <paramref name="written"/> when its shape is a number: plain digits, groups of exactly three
    /// digits after each dot with one to three before the first, and an optional decimal comma.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> written, out decimal value)
    {
        value = 0;
        var comma = written.IndexOf(',');
        var integral = comma < 0 ? written : written[..comma];
        var fraction = comma < 0 ? [] : written[(comma + 1)..];
        if (integral.IsEmpty || (comma >= 0 && (fraction.IsEmpty || !IsDigits(fraction))))
        {
            return false;
        }

        Span<char> digits = stackalloc char[written.Length + 1];
        var length = 0;
        var firstGroup = integral.IndexOf('.');
        if (firstGroup < 0)
        {
            if (!IsDigits(integral))
            {
                return false;
            }

            integral.CopyTo(digits);
            length = integral.Length;
        }
        else
        {
            if (firstGroup is 0 or > 3 || !IsDigits(integral[..firstGroup]) || integral[0] == '0')
            {
                return false;
            }

            integral[..firstGroup].CopyTo(digits);
            length = firstGroup;
            var rest = integral[(firstGroup + 1)..];
            while (true)
            {
                var dot = rest.IndexOf('.');
                var group = dot < 0 ? rest : rest[..dot];
                if (group.Length != 3 || !IsDigits(group))
                {
                    return false;
                }

                group.CopyTo(digits[length..]);
                length += 3;
                if (dot < 0)
                {
                    break;
                }

                rest = rest[(dot + 1)..];
            }
        }

        if (!fraction.IsEmpty)
        {
            digits[length++] = '.';
            fraction.CopyTo(digits[length..]);
            length += fraction.Length;
        }

        return decimal.TryParse(digits[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>How many digits follow the decimal comma: 2 for "80,35", 0 for "85".</summary>
    public static int DecimalPlaces(ReadOnlySpan<char> written)
    {
        var comma = written.IndexOf(',');
        return comma < 0 ? 0 : written.Length - comma - 1;
    }

    private static bool IsDigits(ReadOnlySpan<char> span) => !span.IsEmpty && !span.ContainsAnyExceptInRange('0', '9');
}
