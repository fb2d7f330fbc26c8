using ChiBo.Cli.Commands;

namespace ChiBo.Cli.Tests.Support;

/// <summary>Runs chibo verbs in-process, capturing what they print.</summary>
internal static class Chibo
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await ChiboCommandLine.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
