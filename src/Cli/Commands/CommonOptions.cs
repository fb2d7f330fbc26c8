using System.CommandLine;
using ChiBo.Index.Pipeline;
using Microsoft.Extensions.Configuration;

namespace ChiBo.Cli.Commands;

/// <summary>Options every verb takes, resolved against the same configuration keys as the server.</summary>
internal static class CommonOptions
{
    public static Option<string?> Data() => new("--data") { Description = "The index directory's parent (default: Chibo:DataDirectory, else data/)." };

    /// <summary>Settings from environment (Chibo__DataDirectory…) and ./appsettings.json, with --data on top.</summary>
    public static ChiboSettings Settings(string? dataOverride)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .Build();
        var settings = new ChiboSettings();
        configuration.GetSection(ChiboSettings.Section).Bind(settings);
        if (!string.IsNullOrWhiteSpace(dataOverride))
        {
            settings.DataDirectory = dataOverride;
        }

        return settings;
    }
}
