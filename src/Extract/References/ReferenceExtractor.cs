using ChiBo.Extract.Model;

namespace ChiBo.Extract.References;

/// <summary>
/// Finds every Party and State document an article cites (references.md): numbered references led by a head noun,
/// codes standing alone, unnumbered plenum and congress resolutions, named charters; then resolves short forms.
/// Matching runs on a normalised copy (NFC, Ð, dashes); every offset returned indexes the text as given.
/// Thread-safe: holds no state.
/// </summary>
public sealed class ReferenceExtractor
{
#pragma warning disable CA1822 // An instance method: the stages hold an extractor and call it, and later versions may carry a model.
    public IReadOnlyList<DocumentReference> Extract(string text, ArticleContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        context ??= ArticleContext.None;
        if (text.Length == 0)
        {
            return [];
        }

        var match = MatchText.Of(text);
        var candidates = new List<DocumentReference>();
        NumberedReferenceMatcher.Find(match.Text, context, candidates);
        UnnumberedReferenceMatcher.Find(match.Text, context, candidates);
        CharterMatcher.Find(match.Text, candidates);

        var kept = new List<DocumentReference>(candidates.Count);
        foreach (var candidate in candidates)
        {
            if (!kept.Exists(k => k.Start < candidate.End && candidate.Start < k.End))
            {
                kept.Add(candidate);
            }
        }

        foreach (var code in CitedCode.FindParty(match.Text, at => !kept.Exists(k => k.Start <= at && at < k.End)))
        {
            kept.Add(StandaloneCode.ToReference(match.Text, code, context));
        }

        kept.Sort((a, b) => a.Start.CompareTo(b.Start));
        var resolved = ShortFormResolver.Resolve(kept, context);
        return resolved.ConvertAll(r => ToStored(r, match, text));
    }
#pragma warning restore CA1822

    private static DocumentReference ToStored(DocumentReference reference, MatchText match, string stored)
    {
        var start = match.ToStored(reference.Start);
        var end = match.ToStored(reference.End);
        var resolvesTo = reference.ResolvesTo is { } r ? match.ToStored(r) : (int?)null;
        return reference with { Start = start, End = end, Text = stored[start..end], ResolvesTo = resolvesTo };
    }
}
