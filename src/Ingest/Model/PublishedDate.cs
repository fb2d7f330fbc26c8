using System.Globalization;

namespace ChiBo.Ingest.Model;

/// <summary>
/// A publication date, with a time of day only when the source prints one. Vietnamese sources print local time,
/// so a time is always UTC+07:00.
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(PublishedDateJsonConverter))]
public readonly record struct PublishedDate(DateOnly Date, TimeOnly? Time = null)
{
    public static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    /// <summary>"2019-11-08", or "2024-06-20T16:48:00+07:00" when a time is known.</summary>
    public string ToIsoString() => Time is { } t
        ? new DateTimeOffset(Date.ToDateTime(t), VietnamOffset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)
        : Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static bool TryParseIso(string? value, out PublishedDate date)
    {
        date = default;
        // Only ISO 8601 here: a general parser would read "23:01 04/10/2022" month-first.
        if (string.IsNullOrWhiteSpace(value) || value.Length < 10 || !char.IsDigit(value[0]) || value[4] != '-' || value[7] != '-')
        {
            return false;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            date = new PublishedDate(d);
            return true;
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dto))
        {
            var local = dto.ToOffset(VietnamOffset);
            date = new PublishedDate(DateOnly.FromDateTime(local.DateTime), TimeOnly.FromDateTime(local.DateTime));
            return true;
        }

        return false;
    }

    public override string ToString() => ToIsoString();
}
