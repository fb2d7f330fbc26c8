using System.Text.Json;
using ChiBo.SearchApi.Tests.Support;

namespace ChiBo.SearchApi.Tests.Apis;

/// <summary>What a public server owes its users: a machine-readable contract, safe headers, no cross-site access.</summary>
[Collection(SeedCorpusCollection.Name)]
public sealed class HardeningTests(SeedCorpusServer server)
{
    [Fact]
    public async Task OpenApiDocumentDescribesEveryPublicEndpoint()
    {
        var doc = await server.GetJsonAsync("/openapi/v1.json");

        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        foreach (var path in new[] { "/api/health", "/api/search", "/api/documents/{id}", "/api/extract", "/api/ingest" })
        {
            Assert.Contains(path, paths);
        }
    }

    [Fact]
    public async Task OpenApiDocumentNamesQueryParametersAsResearchersTypeThem()
    {
        var doc = await server.GetJsonAsync("/openapi/v1.json");

        var names = doc.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject())
            .Where(operation => operation.Value.TryGetProperty("parameters", out _))
            .SelectMany(operation => operation.Value.GetProperty("parameters").EnumerateArray())
            .Select(parameter => parameter.GetProperty("name").GetString()!)
            .ToList();

        Assert.Contains("q", names);
        Assert.All(names, name => Assert.True(char.IsLower(name[0]), $"parameter '{name}' is not named as api.md names it"));
    }

    [Fact]
    public async Task ResponsesCarrySecurityHeadersAndNoServerBanner()
    {
        using var response = await server.Http.GetAsync(new Uri("/api/health", UriKind.Relative));

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task CrossOriginRequestGetsNoCorsGrant()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/search?q=chi+bộ", UriKind.Relative));
        request.Headers.Add("Origin", "https://elsewhere.example");

        using var response = await server.Http.SendAsync(request);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Theory]
    [InlineData("/api/documents/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/api/documents/%2E%2E%2F%2E%2E%2Fappsettings.json")]
    [InlineData("/..%2F..%2Fetc/passwd")]
    [InlineData("/documents/..%2F..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/%2e%2e/%2e%2e/src/SearchApi/Program.cs")]
    public async Task PathTraversalReachesNoFile(string path)
    {
        using var response = await server.Http.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.True((int)response.StatusCode < 500, $"{path} → {(int)response.StatusCode}");
        Assert.DoesNotContain("root:", body, StringComparison.Ordinal);
        Assert.DoesNotContain("WebApplication", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownRouteIsANotFoundProblem()
    {
        using var response = await server.Http.GetAsync(new Uri("/api/no-such-endpoint", UriKind.Relative));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(404, (int)response.StatusCode);
        Assert.Equal(404, body.GetProperty("status").GetInt32());
    }
}
