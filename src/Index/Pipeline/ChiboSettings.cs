namespace ChiBo.Index.Pipeline;

/// <summary>
/// The configuration keys shared by the server and the command line (api.md, Configuration):
/// <c>Chibo:DataDirectory</c>, <c>Chibo:CorpusDirectory</c>, <c>Chibo:ApiKey</c>.
/// </summary>
public sealed class ChiboSettings
{
    public const string Section = "Chibo";

    /// <summary>Where the index and its side files live; relative paths are under the working directory.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>What the server ingests at start-up (new or changed files only).</summary>
    public string CorpusDirectory { get; set; } = "corpus";

    /// <summary>Key required by write endpoints; unset means writes are refused.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The Lucene index folder inside <see cref="DataDirectory"/>.</summary>
    public string IndexDirectory => Path.Combine(Path.GetFullPath(DataDirectory), "index");

    /// <summary>The list of inputs that failed to ingest, inside <see cref="DataDirectory"/>.</summary>
    public string QuarantineFile => Path.Combine(Path.GetFullPath(DataDirectory), QuarantineList.FileName);
}
