using ChiBo.Extract;
using ChiBo.Index.Pipeline;
using ChiBo.Index.Storage;
using ChiBo.Ingest.Sources;
using Microsoft.Extensions.Options;

namespace ChiBo.SearchApi.Hosting;

/// <summary>
/// The process's one open index. On start it opens (or creates) the index under the data directory, analyses its
/// articles again when an older build analysed them, and ingests the corpus folder's new or changed files before the
/// server takes requests; writes from the API go through the same
/// pipeline one at a time.
/// </summary>
public sealed class CorpusIndex(IOptions<ChiboSettings> options, ArticleAnalyzer analyzer, ILogger<CorpusIndex> logger)
    : IHostedService, IDisposable
{
    private readonly ChiboSettings _settings = options.Value;
    private readonly Lock _writeLock = new();
    private ArticleIndex? _index;
    private IngestPipeline? _pipeline;

    public ArticleIndex Index => _index ?? throw new InvalidOperationException("The index is not open yet.");

    /// <summary>What the start-up ingest of the corpus folder did.</summary>
    public IngestReport? StartupReport { get; private set; }

    public string? ApiKey => string.IsNullOrEmpty(_settings.ApiKey) ? null : _settings.ApiKey;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_settings.IndexDirectory);
        _index = ArticleIndex.Open(_settings.IndexDirectory);
        _pipeline = new IngestPipeline(_index, new ArticleSourceReader(), analyzer);
        var previous = _index.AnalysedBy;
        if (_pipeline.ReanalyseIfStale(cancellationToken) is { } reanalysed)
        {
            logger.LogInformation(
                "Index analysed by another build ({Previous}); {Articles} articles analysed again by this one ({Current}), {Failed} kept as they were",
                previous ?? "unrecorded", reanalysed.Analysed, AnalysisFingerprint.Current, reanalysed.Failed.Count);
            foreach (var (id, error) in reanalysed.Failed)
            {
                logger.LogWarning("Not analysed again: {Id}: {Reason}", id, error);
            }
        }

        var corpus = Path.GetFullPath(_settings.CorpusDirectory);
        if (Directory.Exists(corpus))
        {
            // Sources are named relative to the corpus folder so that the index survives moving the checkout.
            StartupReport = _pipeline.IngestPaths([corpus], file => "corpus/" + Path.GetRelativePath(corpus, file).Replace('\\', '/'), cancellationToken: cancellationToken);
            logger.LogInformation(
                "Corpus {Corpus}: {Files} files read, {Skipped} unchanged, {Created} articles added, {Failed} failed; {Documents} documents in the index",
                corpus, StartupReport.FilesRead, StartupReport.FilesSkippedUnchanged, StartupReport.Created, StartupReport.FailureCount, _index.Count);
            foreach (var failure in StartupReport.Failures)
            {
                logger.LogWarning("Not ingested: {Source}: {Reason}", failure.Source, failure.Error);
            }

            new QuarantineList(_settings.QuarantineFile).Append(StartupReport.Outcomes, DateTimeOffset.UtcNow);
        }
        else
        {
            logger.LogWarning("Corpus folder {Corpus} does not exist; serving the index as it is ({Documents} documents)", corpus, _index.Count);
        }

        return Task.CompletedTask;
    }

    /// <summary>Runs a write through the pipeline; the index has one writer, so writes are serialised.</summary>
    public T Write<T>(Func<IngestPipeline, T> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        lock (_writeLock)
        {
            return write(_pipeline ?? throw new InvalidOperationException("The index is not open yet."));
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose() => _index?.Dispose();
}
