using ChiBo.SearchApi.Tests.Support;

namespace ChiBo.SearchApi.Tests.Robustness;

/// <summary>
/// Thousands of random and hostile queries and parameter values against the real server: none may produce a
/// server error, every error must be ProblemDetails, and no request may hang.
/// </summary>
[Collection(SeedCorpusCollection.Name)]
public sealed class SearchFuzzTests(SeedCorpusServer server)
{
    private const int Requests = 3000;

    [Fact]
    public async Task HostileQueriesNeverCauseAServerError()
    {
        var generator = new HostileInputGenerator(seed: 20261123);
        using var client = server.CreateClient();
        // A hang guard, not a timing assertion: one request stuck for this long is a bug whatever the machine.
        client.Timeout = TimeSpan.FromSeconds(30);
        var statuses = new Dictionary<int, int>();
        for (var i = 0; i < Requests; i++)
        {
            var query = generator.QueryString();
            using var response = await client.GetAsync(new Uri("/api/search?" + query, UriKind.Relative));
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            Assert.True(status < 500, $"request {i}: /api/search?{query} → {status}: {await response.Content.ReadAsStringAsync()}");
            if (status >= 400)
            {
                Assert.True(
                    response.Content.Headers.ContentType?.MediaType == "application/problem+json",
                    $"request {i}: {status} without ProblemDetails for /api/search?{(query.Length > 300 ? query[..300] + "…" : query)}");
            }
        }

        TestContext.Current.SendDiagnosticMessage("fuzz statuses: " + string.Join(", ", statuses.Select(s => $"{s.Key}×{s.Value}")));
        Assert.True(statuses.GetValueOrDefault(200) > Requests / 10, "too few fuzz inputs were answerable queries: " + string.Join(", ", statuses.Select(s => $"{s.Key}×{s.Value}")));
    }

    [Fact]
    public async Task HostileExtractBodiesNeverCauseAServerError()
    {
        var generator = new HostileInputGenerator(seed: 7);
        using var client = server.CreateClient();
        client.Timeout = TimeSpan.FromSeconds(30);
        for (var i = 0; i < 300; i++)
        {
            var text = generator.Query();
            using var content = new StringContent(System.Text.Json.JsonSerializer.Serialize(new { text }), System.Text.Encoding.UTF8, "application/json");
            using var response = await client.PostAsync(new Uri("/api/extract", UriKind.Relative), content);
            Assert.True((int)response.StatusCode < 500, $"extract of {text.Length} chars → {(int)response.StatusCode}");
        }
    }
}
