using System.Text.Json;
using ChiBo.SearchApi.Tests.Support;

namespace ChiBo.SearchApi.Tests.Apis;

public sealed class RateLimitTests(RateLimitedServer server) : IClassFixture<RateLimitedServer>
{
    [Fact]
    public async Task ClientOverTheReadLimitGetsATooManyRequestsProblemWithRetryAfter()
    {
        HttpResponseMessage? refused = null;
        for (var i = 0; i < RateLimitedServer.ReadsPerMinute + 5 && refused is null; i++)
        {
            var response = await server.Http.GetAsync(new Uri("/api/search?q=chi+bộ", UriKind.Relative));
            if ((int)response.StatusCode == 429)
            {
                refused = response;
            }
            else
            {
                response.Dispose();
            }
        }

        Assert.NotNull(refused);
        using (refused)
        {
            Assert.True(refused.Headers.Contains("Retry-After"));
            var body = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal(429, body.GetProperty("status").GetInt32());
        }
    }
}
