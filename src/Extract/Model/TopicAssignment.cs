namespace ChiBo.Extract.Model;

/// <summary>
/// The article's VNTC topic. <see cref="Topic"/> is null when the model is unsure; <see cref="Closest"/> and
/// <see cref="Confidence"/> (the probability of the closest topic, 0–1) are kept either way.
/// </summary>
public sealed record TopicAssignment(string? Topic, string Closest, double Confidence);
