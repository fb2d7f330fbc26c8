using System.Globalization;

namespace ChiBo.Index.Statistics;

/// <summary>
/// A span of whole years that a figure covers or that a researcher asks for: "2018" or "2015–2020" (the form
/// <see cref="StatisticRecord.Period"/> takes; a hyphen is read as the dash). A figure matches a requested period when
/// their years overlap: "2015–2020" is in period 2018, and 2018 is in period 2015–2020.
/// </summary>
public readonly record struct StatisticPeriod(int From, int To)
{
    public const int MinYear = 1900;
    public const int MaxYear = 2100;

    /// <summary>Reads "2018", "2015-2020" or "2015–2020"; false for anything else, or years outside 1900–2100, or a reversed range.</summary>
    public static bool TryParse(string? text, out StatisticPeriod period)
    {
        period = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var parts = text.Trim().Split(['-', '–', '—'], 3);
        if (parts.Length > 2 || !TryYear(parts[0], out var from))
        {
            return false;
        }

        var to = from;
        if (parts.Length == 2 && !TryYear(parts[1], out to))
        {
            return false;
        }

        if (to < from)
        {
            return false;
        }

        period = new StatisticPeriod(from, to);
        return true;
    }

    public bool Overlaps(StatisticPeriod other) => From <= other.To && other.From <= To;

    public override string ToString() => From == To
        ? From.ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{From}–{To}");

    private static bool TryYear(string text, out int year) =>
        int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= MinYear and <= MaxYear;
}
