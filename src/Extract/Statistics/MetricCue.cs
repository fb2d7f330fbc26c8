namespace ChiBo.Extract.Statistics;

/// <summary>
/// A keyword rule of the baseline classifier: every phrase of <see cref="All"/> must occur around the figure
/// (near it or in its sentence), none of <see cref="None"/> near it; <see cref="Paragraph"/> phrases must occur,
/// and <see cref="ParagraphNone"/> phrases must not, in the earlier sentences of its paragraph ("tốt" alone means
/// "only tốt" when "xuất sắc" was counted just before). Phrases are lower case.
/// </summary>
public sealed record MetricCue
{
    public IReadOnlyList<string> All { get; init => field = value ?? []; } = [];

    public IReadOnlyList<string> None { get; init => field = value ?? []; } = [];

    public IReadOnlyList<string> Paragraph { get; init => field = value ?? []; } = [];

    public IReadOnlyList<string> ParagraphNone { get; init => field = value ?? []; } = [];
}
