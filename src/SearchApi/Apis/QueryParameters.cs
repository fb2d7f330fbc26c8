using System.Globalization;
using ChiBo.Index.Statistics;

namespace ChiBo.SearchApi.Apis;

/// <summary>
/// Query-string values read as text and checked one by one, each failure recorded under the parameter's name, so
/// that every endpoint's ProblemDetails names what was wrong the same way.
/// </summary>
internal static class QueryParameters
{
    internal static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    internal static void CheckLength(string? value, string name, int max, Dictionary<string, string[]> errors)
    {
        if (value is { Length: var n } && n > max)
        {
            errors[name] = [$"At most {max} characters."];
        }
    }

    internal static int ParseInt(string? value, string name, int fallback, int min, int max, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < min || n > max)
        {
            errors[name] = [$"A whole number from {min} to {max}."];
            return fallback;
        }

        return n;
    }

    /// <summary>A figure's period as GET /api/statistics and /api/compare take it: a year or a range of years.</summary>
    internal static StatisticPeriod? ParsePeriod(string? value, string name, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (StatisticPeriod.TryParse(value, out var period))
        {
            return period;
        }

        errors[name] = [$"A year (2018) or a range of years (2015-2020), {StatisticPeriod.MinYear}–{StatisticPeriod.MaxYear}."];
        return null;
    }

    internal static DateOnly? ParseDate(string? value, string name, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        string[] formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy", "d/M/yyyy", "dd/MM/yyyy"];
        if (DateOnly.TryParseExact(value.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors[name] = ["A date: 2019-11-08 (or day-first 08/11/2019)."];
        return null;
    }
}
