using System.Text.Json.Serialization;

namespace ChiBo.Extract.Tests.References.Gold;

/// <summary>
/// One line of references-gold.jsonl: which text it annotates (a party-news id or a corpus file), the text's length
/// and SHA-256 so that a changed text is noticed before its offsets are trusted, and its references in text order.
/// The texts themselves are not in the repository.
/// </summary>
public sealed record GoldArticle
{
    [JsonPropertyName("party-news")]
    public string? PartyNews { get; init; }

    public string? Corpus { get; init; }

    /// <summary>"development" for the articles whose errors guided fixes; "held-out" for those annotated afterwards and never used so.</summary>
    public string Split { get; init; } = "development";

    public required int Length { get; init; }

    public required string Sha256 { get; init; }

    public required IReadOnlyList<GoldReference> References { get; init; }

    [JsonIgnore]
    public string Source => PartyNews is { } id ? "party-news " + id : "corpus " + Corpus;
}
