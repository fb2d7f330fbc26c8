using System.Globalization;
using ChiBo.Extract.Model;

namespace ChiBo.Extract.References.Registry;

/// <summary>
/// Groups every mention of every article into distinct referenced documents (references.md §5). Mentions are keyed
/// by their identity's id: a local document by code, issuing locality and term or date; a TW or State code
/// nationally. A mention that gives both term and date links the two, so a document cited by its date in one article
/// and by its term in another is one entry (named after the term). Undated local mentions stay in an entry of their
/// own, flagged ambiguous: only the article itself may tie them to a dated one (<see cref="ReferenceMentionReader"/>).
/// The result depends only on the set of articles, not the order they are added in.
/// </summary>
public sealed class ReferenceRegistry
{
    private readonly Dictionary<string, Node> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _parents = new(StringComparer.Ordinal);

    public void Add(ArticleReferences article)
    {
        ArgumentNullException.ThrowIfNull(article);
        foreach (var mention in article.Mentions)
        {
            var identity = mention.Identity;
            var key = NodeKey(identity);
            if (!_nodes.TryGetValue(key, out var node))
            {
                node = new Node(key, identity.BaseId, identity);
                _nodes.Add(key, node);
                _parents.Add(key, key);
            }

            node.Add(article, mention);
            if (identity.NeedsTime && identity.Term is not null && identity.Date is { } date)
            {
                var dateKey = DateKey(identity.BaseId, date);
                if (!_nodes.ContainsKey(dateKey))
                {
                    _nodes.Add(dateKey, new Node(dateKey, identity.BaseId, identity with { Term = null }));
                    _parents.Add(dateKey, dateKey);
                }

                Union(key, dateKey);
            }
        }
    }

    /// <summary>Groups what was added into entries, with a look-up from every id a mention may carry to its entry's id.</summary>
    public ReferenceCatalog Build()
    {
        var entries = new List<ReferenceEntry>();
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var component in _nodes.Values.GroupBy(n => Find(n.Key), StringComparer.Ordinal))
        {
            var nodes = component.OrderBy(n => n.Key, StringComparer.Ordinal).ToList();
            var mentioned = nodes.Where(n => n.MentionCount > 0).ToList();
            if (mentioned.Count == 0)
            {
                continue;
            }

            var id = EntryId(nodes);
            foreach (var node in nodes)
            {
                aliases[node.Key] = id;
            }

            entries.Add(ToEntry(id, mentioned));
        }

        return new ReferenceCatalog(entries, aliases);
    }

    /// <summary>The key of the node a mention's identity falls in; also the alias the catalog resolves.</summary>
    internal static string NodeKey(ReferenceIdentity identity) =>
        !identity.NeedsTime ? identity.BaseId
        : identity.Term is { } term ? identity.BaseId + "-" + UrlSlug.Of(term)
        : identity.Date is { } date ? DateKey(identity.BaseId, date)
        : identity.BaseId;

    private static string DateKey(string baseId, DateOnly date) =>
        baseId + "-" + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string EntryId(List<Node> nodes)
    {
        // The term names a document for as long as it is cited; a date-only node joins it and keeps its id as an alias.
        var termed = nodes.FirstOrDefault(n => n.Identity.NeedsTime && n.Identity.Term is not null);
        return (termed ?? nodes[0]).Key;
    }

    private static ReferenceEntry ToEntry(string id, List<Node> nodes)
    {
        var candidates = nodes.SelectMany(n => n.Candidates).OrderBy(c => c, Candidate.BestFirst).ToList();
        var best = candidates[0];
        var identity = nodes.Select(n => n.Identity).FirstOrDefault(i => i.Term is not null) ?? best.Identity;
        var articles = new HashSet<string>(StringComparer.Ordinal);
        var localities = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            articles.UnionWith(node.Articles);
            localities.UnionWith(node.Localities);
        }

        var term = candidates.Select(c => c.Reference.Term).OfType<string>()
            .Where(t => ReferenceIdentity.TermKey(t) is { } k && (identity.Term is null || UrlSlug.Of(k) == UrlSlug.Of(identity.Term)))
            .OrderByDescending(t => t.Length).ThenBy(t => t, StringComparer.Ordinal).FirstOrDefault();
        var date = candidates.Select(c => c.Reference.Date).OfType<DateOnly>()
            .GroupBy(d => d).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => (DateOnly?)g.Key).FirstOrDefault();
        return new ReferenceEntry
        {
            Id = id,
            BaseId = best.Identity.BaseId,
            Type = best.Identity.Type,
            Text = best.Reference.Text,
            Number = best.Reference.Number,
            Code = best.Identity.Code,
            Issuer = best.Reference.Issuer ?? candidates.Select(c => c.Reference.Issuer).FirstOrDefault(i => i is not null),
            IssuerLocality = best.Identity.IssuerLocality ?? best.Reference.IssuerLocality,
            Date = date,
            Term = term,
            Subject = best.Reference.Subject ?? candidates.Select(c => c.Reference.Subject).FirstOrDefault(s => s is not null),
            Family = best.Reference.Family,
            IsAmbiguous = best.Identity.IsAmbiguous && nodes.All(n => n.Identity.IsAmbiguous),
            MentionCount = nodes.Sum(n => n.MentionCount),
            ArticleCount = articles.Count,
            FirstMentioned = nodes.Select(n => n.First).Min(),
            LastMentioned = nodes.Select(n => n.Last).Max(),
            MentionLocalities = localities,
        };
    }

    private string Find(string key)
    {
        var root = key;
        while (_parents[root] != root)
        {
            root = _parents[root];
        }

        while (_parents[key] != root)
        {
            (_parents[key], key) = (root, _parents[key]);
        }

        return root;
    }

    private void Union(string a, string b)
    {
        var (ra, rb) = (Find(a), Find(b));
        if (ra != rb)
        {
            // The smaller key wins, so the shape of the forest never depends on the order articles arrive in.
            if (string.CompareOrdinal(ra, rb) < 0)
            {
                _parents[rb] = ra;
            }
            else
            {
                _parents[ra] = rb;
            }
        }
    }

    private sealed class Node(string key, string baseId, ReferenceIdentity identity)
    {
        /// <summary>How many best-described mentions a node keeps to choose the entry's description from.</summary>
        private const int Kept = 4;

        public string Key { get; } = key;

        public string BaseId { get; } = baseId;

        public ReferenceIdentity Identity { get; } = identity;

        public int MentionCount { get; private set; }

        public HashSet<string> Articles { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Localities { get; } = new(StringComparer.Ordinal);

        public DateOnly? First { get; private set; }

        public DateOnly? Last { get; private set; }

        public List<Candidate> Candidates { get; } = [];

        public void Add(ArticleReferences article, ReferenceMention mention)
        {
            MentionCount++;
            Articles.Add(article.ArticleId);
            if (article.Locality is { } locality)
            {
                Localities.Add(locality.Name);
                if (locality.Province is { } province)
                {
                    Localities.Add(province);
                }
            }

            if (article.Published?.Date is { } day)
            {
                First = First is { } f && f <= day ? f : day;
                Last = Last is { } l && l >= day ? l : day;
            }

            Candidates.Add(new Candidate(mention.Identity, mention.Reference, article.ArticleId));
            if (Candidates.Count > Kept * 2)
            {
                Candidates.Sort(Candidate.BestFirst);
                Candidates.RemoveRange(Kept, Candidates.Count - Kept);
            }
        }
    }

    private sealed record Candidate(ReferenceIdentity Identity, DocumentReference Reference, string ArticleId)
    {
        /// <summary>A full reference before a short form, the most fields given, then a fixed order (article id, offset).</summary>
        public static readonly IComparer<Candidate> BestFirst = Comparer<Candidate>.Create((a, b) =>
        {
            var byScore = b.Score.CompareTo(a.Score);
            if (byScore != 0)
            {
                return byScore;
            }

            var byArticle = string.CompareOrdinal(a.ArticleId, b.ArticleId);
            return byArticle != 0 ? byArticle : a.Reference.Start.CompareTo(b.Reference.Start);
        });

        private int Score =>
            (Reference.ResolvesTo is null ? 8 : 0) + (Reference.Issuer is null ? 0 : 1) + (Reference.Date is null ? 0 : 1)
            + (Reference.Term is null ? 0 : 1) + (Reference.Subject is null ? 0 : 1);
    }
}
