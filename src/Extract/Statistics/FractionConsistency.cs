namespace ChiBo.Extract.Statistics;

/// <summary>
/// Checks a printed percentage against the fraction it was computed from (statistics.md §4): 11/56 printed 19,64
/// agrees (rounded), 45/56 = 80,357…% printed 80,35 agrees (truncated); anything else beyond the printed precision
/// is inconsistent. Never corrects the figure.
/// </summary>
public static class FractionConsistency
{
    public const string Consistent = "consistent";
    public const string Inconsistent = "inconsistent";

    /// <param name="numerator">The part, e.g. 45.</param>
    /// <param name="denominator">The whole, e.g. 56.</param>
    /// <param name="printedPercent">The percentage as printed, e.g. 80.35.</param>
    /// <param name="decimalPlaces">How many decimals the article printed: 2 for "80,35".</param>
    public static string? Check(decimal? numerator, decimal? denominator, decimal printedPercent, int decimalPlaces)
    {
        if (numerator is not { } n || denominator is not { } d || d == 0)
        {
            return null;
        }

        var exact = n / d * 100m;
        var places = Math.Clamp(decimalPlaces, 0, 10);
        var rounded = Math.Round(exact, places, MidpointRounding.AwayFromZero);
        var truncated = Math.Round(exact, places, MidpointRounding.ToZero);
        return rounded == printedPercent || truncated == printedPercent ? Consistent : Inconsistent;
    }
}
