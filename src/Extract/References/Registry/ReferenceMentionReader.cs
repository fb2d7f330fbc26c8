using ChiBo.Extract.Model;
using ChiBo.Extract.Statistics;

namespace ChiBo.Extract.References.Registry;

/// <summary>
/// Turns an article's references into registry mentions, one per reference and in the same order, applying what
/// the article itself says about them (references.md §5–6): a bare code ("144-QĐ/TƯ") takes the head noun the
/// article gives the same code elsewhere ("Quy định số 144-QĐ/TW"), and an undated local reference takes the term
/// and date of the dated one with the same code when the article names only one such document. Across articles
/// nothing is inferred here: that is the registry's business.
/// </summary>
public static class ReferenceMentionReader
{
    /// <summary>A sentence longer than this is cut around the reference, so that a paragraph with no stops stays readable.</summary>
    public const int MaxSentenceLength = 400;

    public static IReadOnlyList<ReferenceMention> Read(string text, IReadOnlyList<DocumentReference> references)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(references);
        if (references.Count == 0)
        {
            return [];
        }

        var adopted = references.Select(r => AdoptHeadNoun(r, references)).ToList();
        var identities = adopted.Select(ReferenceIdentity.Of).ToList();
        foreach (var group in identities.Select((identity, i) => (identity, i)).Where(x => x.identity.NeedsTime).GroupBy(x => x.identity.BaseKey, StringComparer.Ordinal))
        {
            var terms = group.Select(x => x.identity.Term).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            var dates = group.Select(x => x.identity.Date).OfType<DateOnly>().Distinct().ToList();
            if (terms.Count > 1 || dates.Count > 1 || (terms.Count == 0 && dates.Count == 0))
            {
                // Two documents under one number, or none dated: what is undated stays ambiguous.
                continue;
            }

            foreach (var (identity, i) in group)
            {
                identities[i] = identity with { Term = terms.FirstOrDefault(), Date = dates.Count == 1 ? dates[0] : null };
            }
        }

        var sentences = SentenceSplitter.Split(text);
        var mentions = new List<ReferenceMention>(references.Count);
        for (var i = 0; i < references.Count; i++)
        {
            mentions.Add(new ReferenceMention(references[i], identities[i], SentenceAround(text, sentences, references[i])));
        }

        return mentions;
    }

    private static DocumentReference AdoptHeadNoun(DocumentReference reference, IReadOnlyList<DocumentReference> all)
    {
        // A code written alone starts with its number (or type letters before it); a head noun starts with a word.
        if (reference.Code is not { } code || reference.Text.Length == 0 || !char.IsDigit(reference.Text[0]))
        {
            return reference;
        }

        var named = all.FirstOrDefault(r => r.Code == code && r.Text.Length > 0 && !char.IsDigit(r.Text[0]) && r.Type != reference.Type);
        return named is null ? reference : reference with { Type = named.Type };
    }

    private static string SentenceAround(string text, List<TextSegment> sentences, DocumentReference reference)
    {
        var sentence = sentences.FirstOrDefault(s => s.Contains(reference.Start));
        var (start, end) = sentence.End > sentence.Start ? (sentence.Start, Math.Max(sentence.End, Math.Min(reference.End, text.Length))) : (reference.Start, reference.End);
        if (end - start > MaxSentenceLength)
        {
            var room = Math.Max(0, (MaxSentenceLength - (reference.End - reference.Start)) / 2);
            start = Math.Max(start, reference.Start - room);
            end = Math.Min(end, Math.Max(reference.End, start + MaxSentenceLength));
        }

        return text[start..end];
    }
}
