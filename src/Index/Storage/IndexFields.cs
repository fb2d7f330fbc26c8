namespace ChiBo.Index.Storage;

/// <summary>
/// The index schema. Each text is indexed three ways, each earning its place in ranking: exact (canonical tones;
/// ranks the spelling the researcher typed first), folded (finds every spelling, with or without marks) and syllable
/// bigrams (rewards words next to each other). Filter and facet fields hold keys (folded, lower case) and display
/// values (doc values).
/// </summary>
public static class IndexFields
{
    public const string Id = "id";
    public const string Title = "title";
    public const string TitleFolded = "title_folded";
    public const string Text = "text";
    public const string TextFolded = "text_folded";
    public const string TextBigrams = "text_bigrams";

    /// <summary>Canonical document codes, lower case ("06-nq/hu", "144-qđ/tw"); TƯ is TW, TU and ThU stay apart.</summary>
    public const string Code = "code";

    /// <summary>Referenced document types, folded key ("nghi quyet").</summary>
    public const string Type = "type";

    public const string Locality = "locality";
    public const string Province = "province";
    public const string Author = "author";
    public const string Site = "site";
    public const string Year = "year";

    /// <summary>Publication day as yyyyMMdd, for range filters and date sort.</summary>
    public const string Day = "day";

    /// <summary>The VNTC news topic when the classifier was sure enough, folded key ("the thao").</summary>
    public const string Topic = "topic";

    public const string Source = "source";
    public const string SourceHash = "source_hash";

    /// <summary>MinHash signature of the text's shingles (stored bytes), on canonical articles: reloaded for near-duplicate lookup.</summary>
    public const string Signature = "minhash";

    /// <summary>On a near-duplicate: the id of the canonical article it copies (stored, indexed); such documents are no search hits.</summary>
    public const string DuplicateOf = "duplicate_of";

    /// <summary>The article and its analysis as JSON, without the text (stored once, in <see cref="Text"/>).</summary>
    public const string Json = "json";

    /// <summary>The article's reference mentions for the registry (ArticleReferences as JSON, sentences included).</summary>
    public const string ReferenceMentions = "reference_mentions";

    /// <summary>Registry id stems of the documents the article cites ("06-nq-hu-yen-lac"), to find an entry's articles.</summary>
    public const string ReferenceBase = "reference_base";

    // Display values for facets (sorted-set doc values).
    public const string ProvinceFacet = "facet_province";
    public const string LocalityFacet = "facet_locality";
    public const string YearFacet = "facet_year";
    public const string TypeFacet = "facet_type";
    public const string CodeFacet = "facet_code";
    public const string TopicFacet = "facet_topic";

    /// <summary>Stored fields a result page needs (not the JSON).</summary>
    public static readonly ISet<string> HitFields = new HashSet<string>(StringComparer.Ordinal) { Id, Title, Text, Json };
}
