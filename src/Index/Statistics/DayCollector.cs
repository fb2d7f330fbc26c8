using ChiBo.Index.Storage;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ChiBo.Index.Statistics;

/// <summary>Collects every matching document with its publication day (0 when unknown), to order a listing by date.</summary>
internal sealed class DayCollector : ICollector
{
    private NumericDocValues? _days;
    private int _docBase;

    public List<(int Doc, long Day)> Hits { get; } = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _docBase = context.DocBase;
        _days = context.AtomicReader.GetNumericDocValues(IndexFields.Day);
    }

    public void Collect(int doc) => Hits.Add((_docBase + doc, _days?.Get(doc) ?? 0));
}
