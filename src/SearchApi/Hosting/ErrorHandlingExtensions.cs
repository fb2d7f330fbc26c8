using Microsoft.AspNetCore.Diagnostics;

namespace ChiBo.SearchApi.Hosting;

public static class ErrorHandlingExtensions
{
    /// <summary>
    /// Every error leaves as RFC 9457 ProblemDetails: a fault inside is a 500 that names no internals, a bad request
    /// binding is a 400, an unknown route a 404.
    /// </summary>
    public static WebApplication UseChiboErrorHandling(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler(handler => handler.Run(async context =>
        {
            var feature = context.Features.Get<IExceptionHandlerFeature>();
            var badRequest = feature?.Error is BadHttpRequestException bad ? bad : null;
            context.Response.StatusCode = badRequest?.StatusCode ?? StatusCodes.Status500InternalServerError;
            var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = context.Response.StatusCode,
                    Title = badRequest is null ? "The server failed to handle the request." : "The request is malformed.",
                    Detail = badRequest?.Message,
                },
            });
        }));
        app.UseStatusCodePages();
        return app;
    }
}
