using System.Diagnostics;
using System.Security.Cryptography;
using System.Threading.Channels;
using ChiBo.Extract;
using ChiBo.Index.Storage;
using ChiBo.Ingest.Deduplication;
using ChiBo.Ingest.Model;
using ChiBo.Ingest.Sources;

namespace ChiBo.Index.Pipeline;

/// <summary>
/// Ingest → Extract → Index for batches of files and for single articles. A file whose bytes are unchanged since it
/// was last ingested is skipped; a changed file replaces everything it produced before. Commits happen in batches, so
/// a crash loses at most the uncommitted part, which the next run ingests again (articles are keyed by content id, so
/// nothing is ever indexed twice). Parsing, fingerprinting and extraction run on <see cref="Parallelism"/> threads;
/// one writer takes their results in input order through a bounded channel and alone decides what is new, the same
/// article again, or a near-copy of an earlier one, so the same input gives the same index whatever the timing.
/// </summary>
public sealed class IngestPipeline(ArticleIndex index, ArticleSourceReader reader, ArticleAnalyzer analyzer)
{
    private NearDuplicateIndex? _nearDuplicates;

    public IngestPipeline(ArticleIndex index)
        : this(index, new ArticleSourceReader(), new ArticleAnalyzer())
    {
    }

    /// <summary>How many new articles to index between commits.</summary>
    public int CommitEvery { get; init; } = 2000;

    /// <summary>Threads that parse and analyse (the index writer is always one more); 1 runs everything on the caller's thread.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    private NearDuplicateIndex NearDuplicates => _nearDuplicates ??= NearDuplicateIndex.Load(index);

    /// <summary>
    /// When the index's articles were analysed by another build (<see cref="ArticleIndex.NeedsReanalysis"/>), analyses
    /// them all again with this pipeline's analyzer before anything new comes in; null when the index was already
    /// current. Main text is not extracted again: raw inputs are not kept, only their text.
    /// </summary>
    public ReanalysisReport? ReanalyseIfStale(CancellationToken cancellationToken = default) =>
        index.NeedsReanalysis ? index.Reanalyse(analyzer.Analyze, CommitEvery, cancellationToken) : null;

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
        string? replacing = null;

        // A batch commit may fall inside a file (a dump); the commit names it, so a crash then never leaves it "done".
        string? inProgress = null;
        Run(prepare => FileWork(files, sourceNameOf, known, prepare), work =>
        {
            switch (work)
            {
                case FileStarted started:
                    progress?.Report(new IngestProgress(filesDone, files.Count, report.BytesRead, bytesTotal, report.Created, report.FailureCount, started.File));
                    replacing = null;
                    inProgress = started.SourceName;
                    if (started.Error is not null)
                    {
                        report.Add(new IngestOutcome(started.SourceName, IngestStatus.Failed, Error: started.Error));
                    }
                    else if (started.Unchanged)
                    {
                        report.FilesSkippedUnchanged++;
                    }
                    else if (started.Replacing)
                    {
                        index.DeleteBySource(started.SourceName);
                        NearDuplicates.RemoveSource(started.SourceName);
                        replacing = started.SourceName;
                    }

                    break;
                case ItemPrepared item:
                    report.Add(Offer(item.Item.GetAwaiter().GetResult(), batch, replacing));
                    CommitWhenDue(batch, inProgress);
                    break;
                case FileFinished finished:
                    inProgress = null;
                    report.FilesRead++;
                    report.BytesRead += finished.Bytes;
                    filesDone++;
                    break;
            }
        }, cancellationToken);

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
        Run(
            prepare => reader.ReadNdjsonDeferred(stream, sourceName).Select(parse => (IngestWork)new ItemPrepared(prepare(parse))),
            work =>
            {
                report.Add(Offer(((ItemPrepared)work).Item.GetAwaiter().GetResult(), batch, replacingSource: null));
                CommitWhenDue(batch);
            },
            cancellationToken);

        index.Commit();
        report.Elapsed = stopwatch.Elapsed;
        return report;
    }

    /// <summary>Ingests one article that arrived already parsed (the API's POST /api/documents).</summary>
    public IngestOutcome IngestArticle(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var source = article.Source ?? "api";
        var outcome = Offer(Prepare(() => new IngestedArticle(article, source, HashOf(article.Text))), new BatchState(), replacingSource: null);
        index.Commit();
        return outcome;
    }

    /// <summary>
    /// Runs <paramref name="produce"/> (given how to prepare one item) and hands its work to <paramref name="write"/>
    /// in order. In parallel, a producer thread reads ahead and items are prepared on <see cref="Parallelism"/>
    /// threads; the bounded channel caps how far it runs ahead, so memory stays flat on any input size.
    /// </summary>
    private void Run(Func<Func<Func<IngestItem>, Task<PreparedItem>>, IEnumerable<IngestWork>> produce, Action<IngestWork> write, CancellationToken cancellationToken)
    {
        if (Parallelism <= 1)
        {
            foreach (var work in produce(parse => Task.FromResult(Prepare(parse))))
            {
                cancellationToken.ThrowIfCancellationRequested();
                write(work);
            }

            return;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var scheduler = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, Parallelism).ConcurrentScheduler;
        var channel = Channel.CreateBounded<IngestWork>(new BoundedChannelOptions(Parallelism * 16) { SingleReader = true, SingleWriter = true });
        var producer = Task.Run(
            async () =>
            {
                try
                {
                    foreach (var work in produce(parse => Task.Factory.StartNew(() => Prepare(parse), stop.Token, TaskCreationOptions.None, scheduler)))
                    {
                        await channel.Writer.WriteAsync(work, stop.Token).ConfigureAwait(false);
                    }

                    channel.Writer.Complete();
                }
#pragma warning disable CA1031 // Whatever ends the producer is handed to the writer thread, which rethrows it.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    channel.Writer.Complete(e);
                }
            },
            CancellationToken.None);
        try
        {
            while (channel.Reader.WaitToReadAsync(cancellationToken).AsTask().GetAwaiter().GetResult())
            {
                while (channel.Reader.TryRead(out var work))
                {
                    write(work);
                }
            }
        }
        finally
        {
            stop.Cancel();
            try
            {
                producer.GetAwaiter().GetResult();
            }
            catch (OperationCanceledException)
            {
                // The writer stopped first (an error or cancellation, already propagating).
            }
        }
    }

    private IEnumerable<IngestWork> FileWork(List<string> files, Func<string, string>? sourceNameOf, IReadOnlyDictionary<string, string> known, Func<Func<IngestItem>, Task<PreparedItem>> prepare)
    {
        foreach (var file in files)
        {
            var sourceName = sourceNameOf?.Invoke(file) ?? Path.GetFullPath(file);
            string? hash = null;
            string? error = null;
            try
            {
                hash = HashOfFile(file);
            }
            catch (IOException e)
            {
                error = "cannot read: " + e.Message;
            }
            catch (UnauthorizedAccessException e)
            {
                error = "cannot read: " + e.Message;
            }

            var seen = known.TryGetValue(sourceName, out var knownHash);
            var unchanged = seen && knownHash == hash;
            yield return new FileStarted(file, sourceName, unchanged, seen && !unchanged, error);
            if (error is null && !unchanged)
            {
                foreach (var parse in reader.ReadFileDeferred(file, sourceName))
                {
                    yield return new ItemPrepared(prepare(parse));
                }
            }

            yield return new FileFinished(file, error is null ? new FileInfo(file).Length : 0);
        }
    }

    /// <summary>Everything about one item that needs no index state: runs on any thread.</summary>
    private PreparedItem Prepare(Func<IngestItem> parse)
    {
        var item = parse();
        if (item is not IngestedArticle { Article: var article })
        {
            return new PreparedItem(item);
        }

        var signature = MinHashSignature.Of(article.Text);

        // Already committed: the writer will call it unchanged, so extraction would be wasted.
        if (index.Get(article.Id) is not null)
        {
            return new PreparedItem(item, signature);
        }

        try
        {
            return new PreparedItem(item, signature, analyzer.Analyze(article));
        }
#pragma warning disable CA1031 // One article's extraction bug must not stop a batch of thousands; it is reported.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return new PreparedItem(item, signature, AnalysisError: "analysis failed: " + e.Message);
        }
    }

    private IngestOutcome Offer(PreparedItem prepared, BatchState batch, string? replacingSource)
    {
        switch (prepared.Item)
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
                    return new IngestOutcome(source, IngestStatus.Unchanged, article.Id, existing.DuplicateOf);
                }

                if (prepared.Signature is { } signature && NearDuplicates.FindCanonical(signature, except: article.Id) is { } canonical)
                {
                    index.UpsertDuplicate(article, canonical, ingested.SourceFile, ingested.SourceFileHash);
                    batch.Pending++;
                    return new IngestOutcome(source, IngestStatus.Duplicate, article.Id, canonical);
                }

                if (prepared.AnalysisError is not null)
                {
                    return new IngestOutcome(source, IngestStatus.Failed, article.Id, Error: prepared.AnalysisError);
                }

                try
                {
                    var analysis = prepared.Analysis ?? analyzer.Analyze(article);
                    index.Upsert(article, analysis, ingested.SourceFile, ingested.SourceFileHash, prepared.Signature);
                }
#pragma warning disable CA1031 // As in Prepare: reported, and the batch goes on.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    return new IngestOutcome(source, IngestStatus.Failed, article.Id, Error: "analysis failed: " + e.Message);
                }

                if (prepared.Signature is not null)
                {
                    NearDuplicates.Add(article.Id, ingested.SourceFile, prepared.Signature);
                }

                batch.Pending++;
                return new IngestOutcome(source, IngestStatus.Created, article.Id);
            default:
                throw new InvalidOperationException("Unknown ingest item " + prepared.Item.GetType().Name);
        }
    }

    private void CommitWhenDue(BatchState batch, string? fileInProgress = null)
    {
        if (batch.Pending >= CommitEvery)
        {
            index.Commit(fileInProgress);
            batch.Pending = 0;
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
