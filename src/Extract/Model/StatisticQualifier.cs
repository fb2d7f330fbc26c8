namespace ChiBo.Extract.Model;

/// <summary>The API values of <see cref="Statistic.Qualifier"/>.</summary>
public static class StatisticQualifier
{
    public const string Exact = "exact";
    public const string Over = "over";
    public const string Under = "under";
    public const string Approx = "approx";
    public const string AtLeast = "at_least";
    public const string Average = "average";
}
