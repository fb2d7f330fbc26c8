namespace ChiBo.Ingest.Html;

/// <summary>A page's main text, one block per line, and the dating lines (bylines with dates, timestamps) taken out of it.</summary>
public sealed record HtmlMainText(string Text, IReadOnlyList<string> Datelines);
