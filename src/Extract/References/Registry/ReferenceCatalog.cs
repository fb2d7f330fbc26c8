namespace ChiBo.Extract.References.Registry;

/// <summary>
/// The registry's entries, and a look-up from every id a mention may carry (its own term, date or undated id) to the
/// entry it was grouped into.
/// </summary>
public sealed class ReferenceCatalog(IReadOnlyList<ReferenceEntry> entries, IReadOnlyDictionary<string, string> aliases)
{
    public static readonly ReferenceCatalog Empty = new([], new Dictionary<string, string>());

    // Ids keep the code's case (06-NQ-HU-…), but no two canonical codes differ by case alone, so a typed
    // lower-case id finds its entry too.
    private readonly Dictionary<string, ReferenceEntry> _byId = entries.ToDictionary(e => e.Id, StringComparer.OrdinalIgnoreCase);

    private readonly Dictionary<string, string> _aliases = new(aliases, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<ReferenceEntry> Entries { get; } = entries;

    /// <summary>The entry with this id, or the one an alias of it (a date-only id of a termed document) was merged into.</summary>
    public ReferenceEntry? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _byId.GetValueOrDefault(id) ?? (_aliases.TryGetValue(id, out var target) ? _byId.GetValueOrDefault(target) : null);
    }

    /// <summary>The id of the entry a mention with this identity belongs to, or null when no indexed article makes it.</summary>
    public string? EntryIdOf(ReferenceIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        return aliases.GetValueOrDefault(ReferenceRegistry.NodeKey(identity));
    }
}
