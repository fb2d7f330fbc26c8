using ChiBo.Index.Analysis;
using ChiBo.Index.Storage;
using ChiBo.Ingest.Normalization;
using Lucene.Net.Index;

namespace ChiBo.Index.Search;

/// <summary>
/// "Did you mean" for queries typed without diacritics: each folded word becomes the accented spelling that the
/// index's own text uses most ("nghi quyet" → "nghị quyết"). The vocabulary is read once per index generation.
/// </summary>
public sealed class SpellingSuggester
{
    private readonly Dictionary<string, (string Term, int DocFreq)> _best = new(StringComparer.Ordinal);

    public SpellingSuggester(IndexReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var terms = MultiFields.GetTerms(reader, IndexFields.Text);
        if (terms is null)
        {
            return;
        }

        var termsEnum = terms.GetEnumerator();
        while (termsEnum.MoveNext())
        {
            var term = termsEnum.Term.Utf8ToString();
            if (term.Length == 0 || char.IsDigit(term[0]))
            {
                continue;
            }

            var key = VietnameseFoldingFilter.FoldTerm(term);
            var freq = termsEnum.DocFreq;
            if (!_best.TryGetValue(key, out var current) || freq > current.DocFreq)
            {
                _best[key] = (term, freq);
            }
        }
    }

    /// <summary>The accented reading of <paramref name="query"/>, or null when it has marks already or nothing changes.</summary>
    public string? Suggest(string? query)
    {
        if (string.IsNullOrWhiteSpace(query) || VietnameseTextNormalizer.HasMarks(query) || query.Length > 200 ||
            query.IndexOfAny(['"', ':', '(', ')', '*']) >= 0)
        {
            return null;
        }

        var words = query.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var changed = false;
        for (var i = 0; i < words.Length; i++)
        {
            var lower = words[i].ToLowerInvariant();
            if (_best.TryGetValue(VietnameseFoldingFilter.FoldTerm(lower), out var best) && best.Term != lower)
            {
                words[i] = best.Term;
                changed = true;
            }
        }

        return changed ? string.Join(' ', words) : null;
    }
}
