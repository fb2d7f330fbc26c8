using ChiBo.Cli.Commands;
using ChiBo.Index.Pipeline;

UnicodeNormalizationCheck.EnsureWorking();
return await ChiboCommandLine.RunAsync(args);
