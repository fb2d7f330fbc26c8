using ChiBo.Extract.Model;
using ChiBo.Ingest.Deduplication;
using ChiBo.Ingest.Sources;

namespace ChiBo.Index.Pipeline;

/// <summary>
/// An input item with the work that needs no index state done ahead, on any thread: parsed, fingerprinted and, when
/// not already in the index, analysed. The index writer then only decides and writes, one item at a time, in order.
/// </summary>
internal sealed record PreparedItem(IngestItem Item, MinHashSignature? Signature = null, ArticleAnalysis? Analysis = null, string? AnalysisError = null);
