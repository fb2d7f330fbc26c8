namespace ChiBo.Index.Pipeline;

/// <summary>What a batch did: counts, the failures with their reasons, and the files skipped as already ingested.</summary>
public sealed class IngestReport
{
    private readonly List<IngestOutcome> _outcomes = [];

    public int FilesRead { get; internal set; }

    public int FilesSkippedUnchanged { get; internal set; }

    public long BytesRead { get; internal set; }

    public TimeSpan Elapsed { get; internal set; }

    public IReadOnlyList<IngestOutcome> Outcomes => _outcomes;

    public int Created => Count(IngestStatus.Created);

    public int Unchanged => Count(IngestStatus.Unchanged);

    public int Duplicates => Count(IngestStatus.Duplicate);

    public IEnumerable<IngestOutcome> Failures => _outcomes.Where(o => o.Status == IngestStatus.Failed);

    public int FailureCount => Count(IngestStatus.Failed);

    internal void Add(IngestOutcome outcome) => _outcomes.Add(outcome);

    private int Count(IngestStatus status) => _outcomes.Count(o => o.Status == status);
}
