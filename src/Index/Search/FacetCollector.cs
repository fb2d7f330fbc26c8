using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ChiBo.Index.Search;

/// <summary>
/// Counts sorted-set doc values of every matching document, for several facet fields at once, alongside the
/// collector that ranks the page (Lucene.Net.Facet is not available; doc values make this one pass per segment).
/// </summary>
public sealed class FacetCollector(IReadOnlyList<string> fields) : ICollector
{
    private readonly Dictionary<string, Dictionary<string, int>> _counts = fields.ToDictionary(f => f, _ => new Dictionary<string, int>(StringComparer.Ordinal));
    private readonly SortedSetDocValues?[] _values = new SortedSetDocValues?[fields.Count];
    private readonly int[][] _segmentCounts = new int[fields.Count][];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Flush();
        for (var f = 0; f < fields.Count; f++)
        {
            _values[f] = context.AtomicReader.GetSortedSetDocValues(fields[f]);
            _segmentCounts[f] = _values[f] is { } dv ? new int[dv.ValueCount] : [];
        }
    }

    public void Collect(int doc)
    {
        for (var f = 0; f < _values.Length; f++)
        {
            if (_values[f] is not { } dv)
            {
                continue;
            }

            dv.SetDocument(doc);
            long ord;
            while ((ord = dv.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                _segmentCounts[f][ord]++;
            }
        }
    }

    /// <summary>The top <paramref name="limit"/> values of each field by count (ties by value).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Results(int limit)
    {
        Flush();
        return _counts.ToDictionary(
            kv => kv.Key,
            kv => (IReadOnlyList<FacetValue>)[.. kv.Value.OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal).Take(limit).Select(v => new FacetValue(v.Key, v.Value))]);
    }

    private void Flush()
    {
        var scratch = new BytesRef();
        for (var f = 0; f < _values.Length; f++)
        {
            if (_values[f] is not { } dv)
            {
                continue;
            }

            var counts = _counts[fields[f]];
            for (var ord = 0; ord < _segmentCounts[f].Length; ord++)
            {
                if (_segmentCounts[f][ord] > 0)
                {
                    dv.LookupOrd(ord, scratch);
                    var key = scratch.Utf8ToString();
                    counts[key] = counts.GetValueOrDefault(key) + _segmentCounts[f][ord];
                }
            }

            _values[f] = null;
        }
    }
}
