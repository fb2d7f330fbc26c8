using ChiBo.Extract.References.Registry;

namespace ChiBo.Index.References;

/// <summary>One page of registry entries, most cited first.</summary>
public sealed record ReferencePage(int Total, int Page, int Size, IReadOnlyList<ReferenceEntry> Items);
