namespace ChiBo.Cli.Commands;

/// <summary>
/// Where <c>train-metrics</c> and <c>bench-metrics</c> find the labelled set, the seed articles and the shared data,
/// and where the model goes: relative to the repository root (the folder above the working directory that holds
/// ChiBo.Analysis.sln) unless given.
/// </summary>
internal sealed record MetricTrainingPaths(string Gold, string Corpus, string SharedData, string Model)
{
    public const string GoldInRepository = "tests/ChiBo.Extract.Tests/Statistics/Gold/statistics-gold.json";
    public const string ModelInRepository = "src/Extract/Statistics/Metrics/metric-model.zip";

    public static MetricTrainingPaths? Resolve(string? gold, string? sharedData, string? model, TextWriter error)
    {
        var root = FindRoot(Directory.GetCurrentDirectory());
        if (root is null && (gold is null || sharedData is null || model is null))
        {
            error.WriteLine("chibo: not inside the repository (no ChiBo.Analysis.sln above here); give --gold, --shared-data and --out.");
            return null;
        }

        return new MetricTrainingPaths(
            gold ?? Path.Combine(root!, GoldInRepository),
            Path.Combine(root ?? Directory.GetCurrentDirectory(), "corpus"),
            sharedData ?? Path.GetFullPath(Path.Combine(root!, "..", "shared", "data")),
            model ?? Path.Combine(root!, ModelInRepository));
    }

    private static string? FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ChiBo.Analysis.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
