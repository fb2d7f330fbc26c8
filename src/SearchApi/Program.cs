using ChiBo.SearchApi.Apis;
using ChiBo.SearchApi.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddChiboServices();

var app = builder.Build();
app.UseChiboErrorHandling();
app.MapHealthApi();
app.MapSearchApi();
app.MapDocumentsApi();
app.MapExtractApi();
app.MapIngestApi();
app.Run();

/// <summary>The web application's entry point; public so that tests can host it.</summary>
public partial class Program;
