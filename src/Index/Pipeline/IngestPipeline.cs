using System.Diagnostics;
using System.Security.Cryptography;
using ChiBo.Extract;
using ChiBo.Index.Storage;
using ChiBo.Ingest.Model;
using ChiBo.Ingest.Sources;

namespace ChiBo.Index.Pipeline;

/// <summary>
/// Ingest → Extract → Index for batches of files and for single articles. A file whose bytes are unchanged since it
/// was last ingested is skipped; a changed file replaces everything it produced before. Commits happen in batches, so
/// a crash loses at most the uncommitted part, which the next run ingests again (articles are keyed by content id, so
/// nothing is ever indexed twice).
/// </summary>
public sealed class IngestPipeline(ArticleIndex index, ArticleSourceReader reader, ArticleAnalyzer analyzer)
{
    public IngestPipeline(ArticleIndex index)
        : this(index, new ArticleSourceReader(), new ArticleAnalyzer())
    {
    }

    /// <summary>How many new articles to index between commits.</summary>
    public int CommitEvery { get; init; } = 2000;

    /// <summary>
    /// Ingests every supported file under <paramref name="paths"/>. <paramref name="sourceNameOf"/> names each file in
    /// the index (default: its full path); the same name on a later run is how unchanged files are recognised.
    /// </summary>
    public IngestReport IngestPaths(
        IEnumerable<string> paths,
        Func<string, string>? sourceNameOf = null,
        IProgress<IngestProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var stopwatch = Stopwatch.StartNew();
        var report = new IngestReport();
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                report.Add(new IngestOutcome(path, IngestStatus.Failed, Error: "no such file or directory"));
                continue;
            }

            files.AddRange(reader.EnumerateFiles([path]));
        }

        var bytesTotal = files.Sum(f => new FileInfo(f).Length);
        var known = index.SourceHashes();
        var batch = new BatchState();
        var filesDone = 0;
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report(new IngestProgress(filesDone, files.Count, report.BytesRead, bytesTotal, report.Created, report.FailureCount, file));
            var sourceName = sourceNameOf?.Invoke(file) ?? Path.GetFullPath(file);
            IngestFile(file, sourceName, known, batch, report);
            report.FilesRead++;
            report.BytesRead += new FileInfo(file).Length;
            filesDone++;
        }

        index.Commit();
        report.Elapsed = stopwatch.Elapsed;
        progress?.Report(new IngestProgress(filesDone, files.Count, report.BytesRead, bytesTotal, report.Created, report.FailureCount, null));
        return report;
    }

    /// <summary>Ingests NDJSON from a stream (stdin, an HTTP body): one outcome per line, in order.</summary>
    public IngestReport IngestNdjson(Stream stream, string sourceName, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var report = new IngestReport();
        var batch = new BatchState();
        foreach (var item in reader.ReadNdjson(stream, sourceName))
        {
            cancellationToken.ThrowIfCancellationRequested();
            report.Add(Offer(item, batch, replacingSource: null));
        }

        index.Commit();
        report.Elapsed = stopwatch.Elapsed;
        return report;
    }

    /// <summary>Ingests one article that arrived already parsed (the API's POST /api/documents).</summary>
    public IngestOutcome IngestArticle(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var source = article.Source ?? "api";
        var outcome = Offer(new IngestedArticle(article, source, HashOf(article.Text)), new BatchState(), replacingSource: null);
        index.Commit();
        return outcome;
    }

    private void IngestFile(string file, string sourceName, IReadOnlyDictionary<string, string> known, BatchState batch, IngestReport report)
    {
        string hash;
        try
        {
            hash = HashOfFile(file);
        }
        catch (IOException e)
        {
            report.Add(new IngestOutcome(sourceName, IngestStatus.Failed, Error: "cannot read: " + e.Message));
            return;
        }
        catch (UnauthorizedAccessException e)
        {
            report.Add(new IngestOutcome(sourceName, IngestStatus.Failed, Error: "cannot read: " + e.Message));
            return;
        }

        string? replacing = null;
        if (known.TryGetValue(sourceName, out var knownHash))
        {
            if (knownHash == hash)
            {
                report.FilesSkippedUnchanged++;
                return;
            }

            index.DeleteBySource(sourceName);
            replacing = sourceName;
        }

        foreach (var item in reader.ReadFile(file, sourceName))
        {
            report.Add(Offer(item, batch, replacing));
            if (batch.Pending >= CommitEvery)
            {
                index.Commit();
                batch.Pending = 0;
            }
        }
    }

    private IngestOutcome Offer(IngestItem item, BatchState batch, string? replacingSource)
    {
        switch (item)
        {
            case IngestFailure failure:
                return new IngestOutcome(failure.Location, IngestStatus.Failed, Error: failure.Reason);
            case IngestedArticle ingested:
                var article = ingested.Article;
                var source = article.Source ?? ingested.SourceFile;
                if (!batch.Ids.Add(article.Id))
                {
                    return new IngestOutcome(source, IngestStatus.Unchanged, article.Id);
                }

                var existing = index.Get(article.Id);
                if (existing is not null && existing.SourceFile != replacingSource)
                {
                    return new IngestOutcome(source, IngestStatus.Unchanged, article.Id);
                }

                try
                {
                    var analysis = analyzer.Analyze(article);
                    index.Upsert(article, analysis, ingested.SourceFile, ingested.SourceFileHash);
                }
#pragma warning disable CA1031 // One article's extraction bug must not stop a batch of thousands; it is reported.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    return new IngestOutcome(source, IngestStatus.Failed, article.Id, Error: "analysis failed: " + e.Message);
                }

                batch.Pending++;
                return new IngestOutcome(source, IngestStatus.Created, article.Id);
            default:
                throw new InvalidOperationException("Unknown ingest item " + item.GetType().Name);
        }
    }

    private static string HashOfFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private static string HashOf(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));

    private sealed class BatchState
    {
        public HashSet<string> Ids { get; } = new(StringComparer.Ordinal);

        public int Pending { get; set; }
    }
}
