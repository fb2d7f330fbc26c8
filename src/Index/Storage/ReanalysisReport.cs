namespace ChiBo.Index.Storage;

/// <summary>What <see cref="ArticleIndex.Reanalyse"/> did: the articles analysed again, and those whose analysis failed and were kept as they were.</summary>
public sealed record ReanalysisReport(int Analysed, IReadOnlyList<(string Id, string Error)> Failed);
