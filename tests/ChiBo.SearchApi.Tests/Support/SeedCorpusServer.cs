using System.Net.Http.Json;
using System.Text.Json;
using ChiBo.Ingest.Text;
using ChiBo.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ChiBo.SearchApi.Tests.Support;

/// <summary>
/// The real application on Kestrel (loopback, a free port) over a fresh on-disk index that it builds from the
/// repository's corpus/ on start, exactly as the README's run command does.
/// </summary>
public sealed class SeedCorpusServer : ChiboServer
{
    public SeedCorpusServer()
        : base(RepositoryPaths.Corpus)
    {
    }

    /// <summary>The suite sends thousands of requests from one address; limits have their own test server.</summary>
    protected override IEnumerable<(string Key, string Value)> ExtraSettings => [("Chibo:RateLimit:ReadsPerMinute", "0")];

    /// <summary>The document id the server gives the seed whose file name starts with <paramref name="seed"/> ("000"…"004").</summary>
    public static string IdOf(string seed) =>
        new TextArticleParser().Parse(File.ReadAllText(RepositoryPaths.CorpusFile(seed)), seed).Id;
}

/// <summary>The real application on Kestrel over a fresh data directory, ingesting <c>corpusDirectory</c> on start.</summary>
public class ChiboServer(string corpusDirectory) : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string ApiKey = "test-key-7f3a";

    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("chibo-api-tests-").FullName;

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    public HttpClient Http { get; private set; } = null!;

    public ValueTask InitializeAsync()
    {
        UseKestrel(0);
        StartServer();
        Http = CreateClient();
        return ValueTask.CompletedTask;
    }

    public async Task<JsonElement> GetJsonAsync(string url)
    {
        using var response = await Http.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {url} → {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    public async Task<JsonElement> PostJsonAsync(string url, object body)
    {
        using var response = await Http.PostAsJsonAsync(new Uri(url, UriKind.Relative), body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST {url} → {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Chibo:DataDirectory", _dataDirectory);
        builder.UseSetting("Chibo:CorpusDirectory", corpusDirectory);
        builder.UseSetting("Chibo:ApiKey", ApiKey);
        foreach (var (key, value) in ExtraSettings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>Configuration a derived fixture adds (rate limits, say).</summary>
    protected virtual IEnumerable<(string Key, string Value)> ExtraSettings => [];

    public override async ValueTask DisposeAsync()
    {
        Http?.Dispose();
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless; failing the run over it is not.
        }
    }
}
