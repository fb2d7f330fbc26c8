namespace ChiBo.Extract.Topics;

/// <summary>An article with its known topic, as the VNTC sample gives it (no separate title).</summary>
public sealed record LabelledArticle(string Id, string Topic, string Split, string Text);
