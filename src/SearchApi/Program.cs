using ChiBo.SearchApi.Apis;
using ChiBo.SearchApi.Hosting;

// The page's files travel with the binary, so the server finds them whatever the working directory.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
});
builder.AddChiboServices();

var app = builder.Build();
app.UseChiboErrorHandling();
app.UseSecurityHeaders();
app.UseRateLimiter();
app.UseOutputCache();
app.MapOpenApi();
app.MapWebPage();
app.MapHealthApi();
app.MapSearchApi();
app.MapDocumentsApi();
app.MapExtractApi();
app.MapIngestApi();
app.Run();

/// <summary>The web application's entry point; public so that tests can host it.</summary>
public partial class Program;
