namespace ChiBo.Ingest.Model;

/// <summary>A byline person; an affiliation in parentheses after the name belongs to that person.</summary>
public sealed record Author(string Name, string? Affiliation = null);
