using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace ChiBo.Index.Tests.Relevance;

/// <summary>
/// What Lucene.Net gives out of the box, as the bench's PlainLuceneBaseline: StandardAnalyzer, one text field, the
/// classic query parser (its own syntax: quotes, ~slop, AND/OR/NOT), on disk. A query the classic parser rejects
/// ("57-NQ/TW" reads as a regular expression) is searched escaped, as a developer would fall back.
/// </summary>
internal sealed class StandardAnalyzerBaseline : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private readonly FSDirectory _directory;
    private readonly StandardAnalyzer _analyzer = new(Version);
    private readonly DirectoryReader _reader;

    public StandardAnalyzerBaseline(string path, IEnumerable<(string Id, string Text)> documents)
    {
        _directory = new SimpleFSDirectory(new DirectoryInfo(path));
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(Version, _analyzer) { OpenMode = OpenMode.CREATE }))
        {
            foreach (var (id, text) in documents)
            {
                writer.AddDocument([new StringField("id", id, Field.Store.YES), new TextField("text", text, Field.Store.NO)]);
            }
        }

        _reader = DirectoryReader.Open(_directory);
    }

    public IReadOnlyList<string> Search(string query, int size)
    {
        var searcher = new IndexSearcher(_reader);
        var parser = new QueryParser(Version, "text", _analyzer);
        Query parsed;
        try
        {
            parsed = parser.Parse(query);
        }
        catch (ParseException)
        {
            parsed = parser.Parse(QueryParserBase.Escape(query));
        }

        return [.. searcher.Search(parsed, size).ScoreDocs.Select(d => searcher.Doc(d.Doc).Get("id"))];
    }

    public void Dispose()
    {
        _reader.Dispose();
        _analyzer.Dispose();
        _directory.Dispose();
    }
}
