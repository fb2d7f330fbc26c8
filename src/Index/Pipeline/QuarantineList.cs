using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ChiBo.Index.Pipeline;

/// <summary>
/// The inputs that could not be ingested, one JSON object a line in the data directory: path, line (for a dump),
/// reason and time. A failure already listed (same path, line and reason) is not listed again, so re-running a batch
/// leaves the list as it was.
/// </summary>
public sealed class QuarantineList(string path)
{
    public const string FileName = "quarantine.jsonl";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string Path { get; } = path;

    /// <summary>Appends the failures among <paramref name="outcomes"/> not listed yet; returns how many were new.</summary>
    public int Append(IEnumerable<IngestOutcome> outcomes, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var listed = Read().Select(Key).ToHashSet(StringComparer.Ordinal);
        var added = new StringBuilder();
        var count = 0;
        foreach (var outcome in outcomes.Where(o => o.Status == IngestStatus.Failed))
        {
            var entry = Entry.Of(outcome, now);
            if (listed.Add(Key(entry)))
            {
                added.Append(JsonSerializer.Serialize(entry, Json)).Append('\n');
                count++;
            }
        }

        if (count > 0)
        {
            System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!);
            File.AppendAllText(Path, added.ToString(), new UTF8Encoding(false));
        }

        return count;
    }

    /// <summary>Every entry listed so far (lines that do not parse are skipped: a list cut short by a crash still reads).</summary>
    public IReadOnlyList<Entry> Read()
    {
        if (!File.Exists(Path))
        {
            return [];
        }

        var entries = new List<Entry>();
        foreach (var line in File.ReadLines(Path))
        {
            try
            {
                if (JsonSerializer.Deserialize<Entry>(line, Json) is { } entry)
                {
                    entries.Add(entry);
                }
            }
            catch (JsonException)
            {
                // A half-written last line from an interrupted run.
            }
        }

        return entries;
    }

    private static string Key(Entry entry) => $"{entry.Path}\u0001{entry.Line}\u0001{entry.Reason}";

    /// <summary>One quarantined input: <see cref="Line"/> is set for a line of a dump or stream.</summary>
    public sealed record Entry(string Path, int? Line, string Reason, DateTimeOffset Time)
    {
        public static Entry Of(IngestOutcome outcome, DateTimeOffset now)
        {
            ArgumentNullException.ThrowIfNull(outcome);
            var source = outcome.Source;
            var hash = source.LastIndexOf("#L", StringComparison.Ordinal);
            if (hash > 0 && int.TryParse(source.AsSpan(hash + 2), NumberStyles.None, CultureInfo.InvariantCulture, out var line))
            {
                return new Entry(source[..hash], line, outcome.Error ?? "failed", now);
            }

            return new Entry(source, null, outcome.Error ?? "failed", now);
        }
    }
}
