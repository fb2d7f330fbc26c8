using System.Collections.Concurrent;
using ChiBo.Index.Analysis;
using ChiBo.Index.Storage;
using ChiBo.Ingest.Normalization;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ChiBo.Index.Search;

/// <summary>
/// "Did you mean" for queries typed without diacritics: each folded word has a few accented spellings in the index's
/// own vocabulary; adjacent words choose among them by how often the pair occurs as a phrase in the index
/// ("song lo" → "sông lô", not "sống lo"), single words by document frequency. Read once per index generation.
/// </summary>
public sealed class SpellingSuggester
{
    private const int CandidatesPerWord = 3;
    private const int MaxWords = 8;
    private const double PairWeight = 3.0;
    private const int MaxRememberedPairs = 200_000;

    private readonly Dictionary<string, List<(string Term, int DocFreq)>> _candidates = new(StringComparer.Ordinal);

    // A pair's count is a phrase search over the whole index, and most of a suggestion's cost; the suggester lives for
    // one index generation, so a count stays right for as long as it is remembered.
    private readonly ConcurrentDictionary<(string First, string Second), int> _pairCounts = new();

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
            if (!_candidates.TryGetValue(key, out var list))
            {
                _candidates[key] = list = [];
            }

            list.Add((term, termsEnum.DocFreq));
            if (list.Count > CandidatesPerWord)
            {
                list.Sort((a, b) => b.DocFreq.CompareTo(a.DocFreq));
                list.RemoveAt(list.Count - 1);
            }
        }
    }

    /// <summary>The accented reading of <paramref name="query"/>, or null when it has marks already or nothing changes.</summary>
    public string? Suggest(string? query, IndexSearcher searcher)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        if (string.IsNullOrWhiteSpace(query) || VietnameseTextNormalizer.HasMarks(query) || query.Length > 200 ||
            query.IndexOfAny(['"', ':', '(', ')', '*']) >= 0)
        {
            return null;
        }

        var words = query.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > MaxWords)
        {
            return null;
        }

        var options = words.Select(w =>
        {
            var lower = w.ToLowerInvariant();
            return _candidates.TryGetValue(VietnameseFoldingFilter.FoldTerm(lower), out var list) && list.Count > 0
                ? list.OrderByDescending(c => c.DocFreq).ToList()
                : [(lower, 1)];
        }).ToList();

        // Viterbi over the candidate spellings: unigram frequency plus how often adjacent choices occur together.
        var best = options[0].Select(c => (Score: Math.Log(1 + c.DocFreq), Path: new List<string> { c.Term })).ToList();
        for (var i = 1; i < options.Count; i++)
        {
            var next = new List<(double Score, List<string> Path)>();
            foreach (var candidate in options[i])
            {
                var choice = best
                    .Select(b => (Score: b.Score + Math.Log(1 + candidate.DocFreq) + (PairWeight * Math.Log(1 + PairCount(searcher, b.Path[^1], candidate.Term))), b.Path))
                    .MaxBy(x => x.Score);
                next.Add((choice.Score, [.. choice.Path, candidate.Term]));
            }

            best = next;
        }

        var suggestion = string.Join(' ', best.MaxBy(b => b.Score).Path);
        return string.Equals(suggestion, string.Join(' ', words).ToLowerInvariant(), StringComparison.Ordinal) ? null : suggestion;
    }

    private int PairCount(IndexSearcher searcher, string first, string second)
    {
        if (_pairCounts.TryGetValue((first, second), out var known))
        {
            return known;
        }

        if (_pairCounts.Count > MaxRememberedPairs)
        {
            _pairCounts.Clear();
        }

        return _pairCounts[(first, second)] = CountPhrase(searcher, first, second);
    }

    private static int CountPhrase(IndexSearcher searcher, string first, string second)
    {
        var phrase = new PhraseQuery { new Term(IndexFields.Text, first), new Term(IndexFields.Text, second) };
        var counter = new TotalHitCountCollector();
        searcher.Search(phrase, counter);
        return counter.TotalHits;
    }
}
