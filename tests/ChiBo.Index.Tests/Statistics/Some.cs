using ChiBo.Index.Statistics;
using ChiBo.Ingest.Model;

namespace ChiBo.Index.Tests.Statistics;

/// <summary>Statistic records for tests: a reported 85% of Yên Lạc in 2019 unless told otherwise.</summary>
internal static class Some
{
    public static readonly Locality YenLac = new("Yên Lạc", "huyện", "Vĩnh Phúc");

    public static StatisticRecord Record(
        decimal value = 85, string document = "a", string published = "2019-11-08", Locality? locality = null, string? period = "2019",
        string kind = "percentage", string unit = "%", int start = 10) => new()
        {
            DocumentId = document,
            Title = "Bài " + document,
            Published = PublishedDate.TryParseIso(published, out var date) ? date : null,
            Locality = locality ?? YenLac,
            Period = period,
            Value = value,
            Kind = kind,
            Unit = unit,
            Qualifier = "exact",
            Metric = "members.rated_good_or_better_rate",
            Confidence = 0.9,
            Text = StatisticRecords.Format(value) + unit,
            Start = start,
            End = start + 3,
            Sentence = $"Có {StatisticRecords.Format(value)}{unit} đảng viên hoàn thành tốt nhiệm vụ trở lên.",
        };
}
