namespace ChiBo.Extract.Statistics;

/// <summary>The API values of <see cref="Model.Statistic.Kind"/>.</summary>
public static class StatisticKind
{
    public const string Percentage = "percentage";
    public const string Count = "count";
    public const string Fraction = "fraction";
}
