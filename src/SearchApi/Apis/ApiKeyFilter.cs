using System.Security.Cryptography;
using System.Text;
using ChiBo.SearchApi.Hosting;

namespace ChiBo.SearchApi.Apis;

/// <summary>
/// Guards write endpoints: the X-Api-Key header must equal the configured Chibo:ApiKey. With no key configured,
/// writes are disabled (403) rather than open.
/// </summary>
internal sealed class ApiKeyFilter(CorpusIndex corpus) : IEndpointFilter
{
    public const string Header = "X-Api-Key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (corpus.ApiKey is not { } expected)
        {
            return ProblemResults.Forbidden("Writes are disabled: no API key is configured on this server (Chibo:ApiKey).");
        }

        var given = context.HttpContext.Request.Headers[Header].ToString();
        if (given.Length == 0 || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected)))
        {
            return ProblemResults.Unauthorized($"A valid {Header} header is required for this endpoint.");
        }

        return await next(context);
    }
}
