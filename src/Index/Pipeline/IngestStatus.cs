namespace ChiBo.Index.Pipeline;

/// <summary>What happened to one article offered to the index (the API's "status" values).</summary>
public enum IngestStatus
{
    /// <summary>New to the index.</summary>
    Created,

    /// <summary>The same article (same normalised content) is already indexed.</summary>
    Unchanged,

    /// <summary>A near-copy of an article already indexed; linked to it rather than indexed again.</summary>
    Duplicate,

    /// <summary>Could not be ingested; the reason is reported.</summary>
    Failed,
}
