namespace ChiBo.TestSupport;

/// <summary>
/// Access to the large data sets in ../shared/data. In CI (CI=true) missing data fails the test;
/// elsewhere the test is skipped with a message naming what is missing.
/// </summary>
public static class SharedData
{
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Returns the full path of <paramref name="relativePath"/> under ../shared/data, or skips/fails.</summary>
    public static string Require(string relativePath)
    {
        var path = Path.Combine(RepositoryPaths.SharedData, relativePath);
        if (File.Exists(path) || Directory.Exists(path))
        {
            return path;
        }

        var message = $"Shared data '{relativePath}' not found at {path}; it lives beside the clone as ../shared/data.";
        if (InCi)
        {
            Assert.Fail(message + " CI must have it.");
        }

        Assert.Skip(message + " Skipped outside CI.");
        return path;
    }
}
