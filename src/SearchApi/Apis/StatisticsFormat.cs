namespace ChiBo.SearchApi.Apis;

/// <summary>The <c>format</c> parameter of the statistics endpoints: JSON (the default) or <c>csv</c>.</summary>
internal static class StatisticsFormat
{
    public static bool IsCsv(string? format, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(format) || format.Trim().Equals("json", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (format.Trim().Equals("csv", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        errors["format"] = ["Use 'json' or 'csv'."];
        return false;
    }
}
