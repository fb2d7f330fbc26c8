using ChiBo.Extract.Model;

namespace ChiBo.Extract.References.Registry;

/// <summary>
/// One place an article cites a document, as the registry keeps it: the reference, the document it stands for after
/// in-article coreference, and the sentence around it (empty where the registry only needs counts).
/// </summary>
public sealed record ReferenceMention(DocumentReference Reference, ReferenceIdentity Identity, string Sentence);
