namespace ChiBo.Index.Statistics;

/// <summary>A reported figure a derived one was computed from, with where the article says it.</summary>
public sealed record DerivedSource(
    decimal Value, string Kind, string? Unit, string Qualifier, string Metric, string Text, int Start, int End, string Sentence);
