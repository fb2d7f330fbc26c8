namespace ChiBo.Extract.Statistics;

/// <summary>
/// What a metric classifier sees of one figure: its kind and unit, the subject phrase, the words of its own clause
/// (<see cref="Near"/>, never reaching into a neighbouring figure), its sentence and the part of it before the figure,
/// and the earlier sentences of its paragraph. The same features serve the keyword baseline and a trained model.
/// </summary>
public sealed record MetricEvidence(string Kind, string? Unit, string? Subject, string Near, string Sentence, string Before, string Paragraph);
