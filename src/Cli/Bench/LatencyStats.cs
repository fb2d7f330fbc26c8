namespace ChiBo.Cli.Bench;

/// <summary>Percentiles and throughput of a series of timed operations.</summary>
internal sealed record LatencyStats(double P50Ms, double P99Ms, double PerSecond, int Count)
{
    public static LatencyStats Of(List<double> millis, TimeSpan wall)
    {
        if (millis.Count == 0)
        {
            return new LatencyStats(0, 0, 0, 0);
        }

        millis.Sort();
        return new LatencyStats(Percentile(millis, 0.50), Percentile(millis, 0.99), millis.Count / wall.TotalSeconds, millis.Count);
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
