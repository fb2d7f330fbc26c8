using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace ChiBo.Cli.Bench;

/// <summary>
/// The baseline: what a developer gets from Lucene.Net out of the box — StandardAnalyzer, one stored text field,
/// the classic query parser — on the same directory type and the same texts.
/// </summary>
internal sealed class PlainLuceneBaseline : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private readonly Lucene.Net.Store.Directory _directory;
    private readonly StandardAnalyzer _analyzer = new(Version);
    private DirectoryReader? _reader;

    public PlainLuceneBaseline(string path) => _directory = new SimpleFSDirectory(new DirectoryInfo(path));

    public void Index(IReadOnlyList<string> texts)
    {
        using var writer = new IndexWriter(_directory, new IndexWriterConfig(Version, _analyzer) { OpenMode = OpenMode.CREATE });
        var id = 0;
        foreach (var text in texts)
        {
            writer.AddDocument(
            [
                new StringField("id", (id++).ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.YES),
                new TextField("text", text, Field.Store.YES),
            ]);
        }

        writer.Commit();
    }

    /// <summary>Runs one query and loads the stored fields of its top 10, as a result page would.</summary>
    public int Search(string query)
    {
        _reader ??= DirectoryReader.Open(_directory);
        var searcher = new IndexSearcher(_reader);
        var parser = new QueryParser(Version, "text", _analyzer);
        var top = searcher.Search(parser.Parse(QueryParserBase.Escape(query)), 10);
        foreach (var hit in top.ScoreDocs)
        {
            _ = searcher.Doc(hit.Doc).Get("text");
        }

        return top.TotalHits;
    }

    public void Dispose()
    {
        _reader?.Dispose();
        _analyzer.Dispose();
        _directory.Dispose();
    }
}
