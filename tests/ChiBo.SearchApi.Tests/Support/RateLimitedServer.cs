namespace ChiBo.SearchApi.Tests.Support;

/// <summary>A server with a tiny read limit, to see the limiter refuse.</summary>
public sealed class RateLimitedServer() : ChiboServer(Directory.CreateTempSubdirectory("chibo-rate-corpus-").FullName)
{
    public const int ReadsPerMinute = 3;

    protected override IEnumerable<(string Key, string Value)> ExtraSettings =>
        [("Chibo:RateLimit:ReadsPerMinute", ReadsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture))];
}
