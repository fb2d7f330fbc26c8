using System.IO.Compression;
using System.Text.Json.Nodes;
using ChiBo.Index.Pipeline;
using ChiBo.Index.Search;
using ChiBo.Index.Storage;
using ChiBo.TestSupport;

namespace ChiBo.Index.Tests.Relevance;

/// <summary>
/// The judged document pool, indexed once per test class two ways in a temp folder: ours through the ingest pipeline
/// into <see cref="ArticleIndex"/>, and <see cref="StandardAnalyzerBaseline"/>. The pool: the five seed articles,
/// every 20th line of the VNTC sample (lines 1, 21, 41, …: 1,500 news articles of 2005–2006) and the party-news
/// records listed in party-news-pool.txt (the 507 that cite a Party document code). Documents are named by source id:
/// "corpus/000-….txt", "vnnews:&lt;id&gt;", "party:&lt;id&gt;". Texts stay in ../shared/data; only ids are in the repo.
/// </summary>
public sealed class RelevancePool : IDisposable
{
    public const int VnnewsEvery = 20;

    private readonly string _work = Directory.CreateTempSubdirectory("chibo-relevance-").FullName;
    private readonly Dictionary<string, string> _sourceOfArticle = new(StringComparer.Ordinal);
    private readonly ArticleIndex? _ours;
    private readonly StandardAnalyzerBaseline? _baseline;

    public RelevancePool()
    {
        var vnnews = Path.Combine(RepositoryPaths.SharedData, "vnnews", "vntc_sample_30k.jsonl.gz");
        var partyNews = Path.Combine(RepositoryPaths.SharedData, "party-news", "party_news.jsonl.gz");
        if (!File.Exists(vnnews) || !File.Exists(partyNews))
        {
            Missing = $"the relevance pool needs {vnnews} and {partyNews}";
            return;
        }

        var documents = new List<(string Id, JsonObject Record)>();
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Corpus, "*.txt").Order(StringComparer.Ordinal))
        {
            documents.Add(("corpus/" + Path.GetFileName(file), new JsonObject { ["text"] = File.ReadAllText(file) }));
        }

        var line = 0;
        foreach (var record in Records(vnnews))
        {
            if (line++ % VnnewsEvery == 0)
            {
                documents.Add(("vnnews:" + (string)record["id"]!, record));
            }
        }

        var party = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Relevance", "party-news-pool.txt"))
            .Where(l => l.Length > 0 && l[0] != '#').ToHashSet(StringComparer.Ordinal);
        documents.AddRange(Records(partyNews).Where(r => party.Contains((string)r["id"]!)).Select(r => ("party:" + (string)r["id"]!, r)));
        Count = documents.Count;

        _ours = ArticleIndex.Open(Path.Combine(_work, "ours"));
        var ndjson = string.Join('\n', documents.Select(d => d.Record.ToJsonString()));
        var report = new IngestPipeline(_ours).IngestNdjson(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(ndjson)), "relevance-pool");
        if (report.Outcomes.Count != documents.Count)
        {
            throw new InvalidOperationException($"{report.Outcomes.Count} ingest outcomes for {documents.Count} pooled documents.");
        }

        for (var i = 0; i < documents.Count; i++)
        {
            if (report.Outcomes[i] is { Status: IngestStatus.Created, Id: { } articleId })
            {
                _sourceOfArticle[articleId] = documents[i].Id;
            }
        }

        _baseline = new StandardAnalyzerBaseline(Path.Combine(_work, "baseline"), documents.Select(d => (d.Id, (string)d.Record["text"]!)));
    }

    /// <summary>Why the pool could not be built (shared data absent), or null.</summary>
    public string? Missing { get; }

    public int Count { get; }

    public int IndexedByUs => _sourceOfArticle.Count;

    public IReadOnlyList<string> Ours(string query, RankingOptions ranking, int size) =>
        [.. Require(_ours).Search(new SearchRequest { Query = query, Size = size }, ranking).Hits.Select(h => _sourceOfArticle.GetValueOrDefault(h.Id, h.Id))];

    public IReadOnlyList<string> Baseline(string query, int size) => Require(_baseline).Search(query, size);

    public void Dispose()
    {
        _ours?.Dispose();
        _baseline?.Dispose();
        try
        {
            Directory.Delete(_work, recursive: true);
        }
        catch (IOException)
        {
            // Leftover temp files are harmless.
        }
    }

    private static T Require<T>(T? value)
        where T : class => value ?? throw new InvalidOperationException("The relevance pool was not built.");

    private static IEnumerable<JsonObject> Records(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && JsonNode.Parse(line) is JsonObject record)
            {
                yield return record;
            }
        }
    }
}
