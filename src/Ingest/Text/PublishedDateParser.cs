using System.Globalization;
using System.Text.RegularExpressions;
using ChiBo.Ingest.Model;

namespace ChiBo.Ingest.Text;

/// <summary>
/// Reads publication dates as Vietnamese sites print them, always day-first: "Ngày đăng: 08/11/2019",
/// "20/06/2024 | 16:48", "23:01 04/10/2022", "Thứ 4, Ngày 18/12/2019, 16:00", "ngày 6 tháng 7 năm 2018",
/// "2024-06-20T16:48:00+07:00".
/// </summary>
public static partial class PublishedDateParser
{
    /// <summary>Finds a date (and a time next to it) anywhere in <paramref name="text"/>.</summary>
    public static bool TryParse(string? text, out PublishedDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        if (PublishedDate.TryParseIso(text.Trim(), out date))
        {
            return true;
        }

        var iso = IsoDate().Match(text);
        if (iso.Success && PublishedDate.TryParseIso(iso.Value, out date))
        {
            return true;
        }

        var m = DayFirst().Match(text);
        int day, month, year;
        if (m.Success)
        {
            day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
            month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
            year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        }
        else
        {
            var words = InWords().Match(text);
            if (!words.Success)
            {
                return false;
            }

            m = words;
            day = int.Parse(words.Groups["d"].Value, CultureInfo.InvariantCulture);
            month = int.Parse(words.Groups["m"].Value, CultureInfo.InvariantCulture);
            year = int.Parse(words.Groups["y"].Value, CultureInfo.InvariantCulture);
        }

        if (year < 100)
        {
            year += 2000;
        }

        if (month is < 1 or > 12 || day < 1 || year is < 1945 or > 2100 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        var time = TimeNear(text, m.Index, m.Length);
        date = new PublishedDate(new DateOnly(year, month, day), time);
        return true;
    }

    private static TimeOnly? TimeNear(string text, int index, int length)
    {
        foreach (Match t in Time().Matches(text))
        {
            // A time within a few characters either side of the date belongs to it.
            var gap = t.Index >= index + length ? t.Index - (index + length) : index - (t.Index + t.Length);
            if (gap is >= 0 and <= 6)
            {
                var hour = int.Parse(t.Groups["h"].Value, CultureInfo.InvariantCulture);
                var minute = int.Parse(t.Groups["min"].Value, CultureInfo.InvariantCulture);
                if (hour < 24 && minute < 60)
                {
                    return new TimeOnly(hour, minute);
                }
            }
        }

        return null;
    }

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"(?<!\d)(?<d>\d{1,2})\s?[/.-]\s?(?<m>\d{1,2})\s?[/.-]\s?(?<y>\d{4}|\d{2})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"ngày\s+(?<d>\d{1,2})\s+tháng\s+(?<m>\d{1,2})\s+năm\s+(?<y>\d{4})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex InWords();

    [GeneratedRegex(@"(?<!\d)(?<h>\d{1,2})\s?[:hg]\s?(?<min>\d{2})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Time();
}
