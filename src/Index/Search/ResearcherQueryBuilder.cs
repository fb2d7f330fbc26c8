using System.Globalization;
using ChiBo.Extract.References;
using ChiBo.Extract.Topics;
using ChiBo.Index.Analysis;
using ChiBo.Index.Search.Parsing;
using ChiBo.Index.Storage;
using ChiBo.Ingest.Normalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ChiBo.Index.Search;

/// <summary>
/// Turns the researcher's query into Lucene clauses with the ranking rules of the search issue: per word, a dis-max of
/// the exact field (the spelling typed, ranked first) over the folded field (every spelling); titles above bodies; a
/// document code in any spelling as a strongly boosted code clause; adjacent words rewarded through syllable bigrams.
/// </summary>
public sealed class ResearcherQueryBuilder : IDisposable
{
    public const int MaxQueryLength = 2000;

    // Titles a little above bodies: at 4× and 1.5× a single title word outranked articles about the whole query
    // (relevance evaluation: NDCG@10 0.774 with those, 0.801 with no title boost at all).
    private const float TitleExactBoost = 2.5f;
    private const float TextExactBoost = 2f;
    private const float TitleFoldedBoost = 1.2f;
    private const float TextFoldedBoost = 1f;
    private const float CodeBoost = 12f;
    private const float BigramBoost = 1.5f;

    private readonly Analyzer _exact = new VietnameseAnalyzer();

    /// <summary>Parses <paramref name="query"/>; a blank query matches everything (filters then decide).</summary>
    public (Query Query, HighlightTerms Highlights) Build(string? query) => Build(query, RankingOptions.Full);

    /// <summary>Parses <paramref name="query"/> with only the ranking signals <paramref name="ranking"/> turns on.</summary>
    public (Query Query, HighlightTerms Highlights) Build(string? query, RankingOptions ranking)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        var highlights = new HighlightTerms();
        if (string.IsNullOrWhiteSpace(query))
        {
            return (new MatchAllDocsQuery(), highlights);
        }

        if (query.Length > MaxQueryLength)
        {
            throw new QuerySyntaxException($"A query has at most {MaxQueryLength} characters.", MaxQueryLength);
        }

        var node = QuerySyntaxParser.Parse(query);
        if (node is null)
        {
            return (new MatchAllDocsQuery(), highlights);
        }

        var built = Convert(node, highlights, ranking) ?? new MatchAllDocsQuery();
        var bigrams = ranking.Bigrams ? BigramBoostQuery(node) : null;
        if (bigrams is null)
        {
            return (built, highlights);
        }

        var withProximity = new BooleanQuery { { built, Occur.MUST }, { bigrams, Occur.SHOULD } };
        return (withProximity, highlights);
    }

    private Query? Convert(QueryNode node, HighlightTerms highlights, RankingOptions ranking) => node switch
    {
        WordNode word => WordQuery(word, highlights, ranking),
        PhraseNode phrase => PhraseQuery(phrase, highlights, ranking),
        CodeNode code when !ranking.Codes => PhraseQuery(new PhraseNode(code.Canonical, 0, code.Position), highlights, ranking),
        CodeNode code => RankedCodeQuery(code.Canonical, highlights),
        FieldNode field => FieldQuery(field, highlights),
        NotNode not => Negate(Convert(not.Operand, new HighlightTerms(), ranking)),
        AndNode and => Combine(and.Operands, Occur.MUST, highlights, ranking),
        OrNode or => Combine(or.Operands, Occur.SHOULD, highlights, ranking),
        _ => throw new QuerySyntaxException("Unsupported query part.", node.Position),
    };

    private BooleanQuery? Combine(IReadOnlyList<QueryNode> operands, Occur occur, HighlightTerms highlights, RankingOptions ranking)
    {
        var boolean = new BooleanQuery();
        var positives = 0;
        foreach (var operand in operands)
        {
            if (operand is NotNode not)
            {
                if (Convert(not.Operand, new HighlightTerms(), ranking) is { } negated)
                {
                    boolean.Add(negated, Occur.MUST_NOT);
                }

                continue;
            }

            if (Convert(operand, highlights, ranking) is { } clause)
            {
                boolean.Add(clause, occur);
                positives++;
            }
        }

        if (boolean.Clauses.Count == 0)
        {
            return null;
        }

        if (positives == 0)
        {
            boolean.Add(new MatchAllDocsQuery(), Occur.MUST);
        }

        return boolean;
    }

    private static BooleanQuery? Negate(Query? query) =>
        query is null ? null : new BooleanQuery { { new MatchAllDocsQuery(), Occur.MUST }, { query, Occur.MUST_NOT } };

    private Query? WordQuery(WordNode word, HighlightTerms highlights, RankingOptions ranking)
    {
        var terms = Analyze(word.Text);
        if (terms.Count == 0)
        {
            return null;
        }

        if (word.Prefix)
        {
            var folded = VietnameseFoldingFilter.FoldTerm(terms[^1]);
            highlights.Folded.Add(folded);
            var prefix = new PrefixQuery(new Term(IndexFields.TextFolded, folded)) { MultiTermRewriteMethod = MultiTermQuery.CONSTANT_SCORE_FILTER_REWRITE };
            var titlePrefix = new PrefixQuery(new Term(IndexFields.TitleFolded, folded)) { MultiTermRewriteMethod = MultiTermQuery.CONSTANT_SCORE_FILTER_REWRITE };
            return new DisjunctionMaxQuery([prefix, titlePrefix], 0.1f);
        }

        if (terms.Count == 1)
        {
            return TermClause(terms[0], highlights, ranking);
        }

        // "chi-bộ" or a glued word: every syllable must be there.
        var all = new BooleanQuery();
        foreach (var term in terms.Distinct(StringComparer.Ordinal))
        {
            all.Add(TermClause(term, highlights, ranking), Occur.MUST);
        }

        return all;
    }

    private static DisjunctionMaxQuery TermClause(string exact, HighlightTerms highlights, RankingOptions ranking)
    {
        var folded = VietnameseFoldingFilter.FoldTerm(exact);
        highlights.Exact.Add(exact);
        var clauses = new List<Query>
        {
            Boosted(new TermQuery(new Term(IndexFields.Title, exact)), ranking.TitleBoost ? TitleExactBoost : TextExactBoost),
            Boosted(new TermQuery(new Term(IndexFields.Text, exact)), TextExactBoost),
        };
        if (ranking.Folded)
        {
            highlights.Folded.Add(folded);
            clauses.Add(Boosted(new TermQuery(new Term(IndexFields.TitleFolded, folded)), ranking.TitleBoost ? TitleFoldedBoost : TextFoldedBoost));
            clauses.Add(Boosted(new TermQuery(new Term(IndexFields.TextFolded, folded)), TextFoldedBoost));
        }

        return new DisjunctionMaxQuery(clauses, 0.1f);
    }

    private DisjunctionMaxQuery? PhraseQuery(PhraseNode phrase, HighlightTerms highlights, RankingOptions ranking)
    {
        var terms = Analyze(phrase.Text);
        if (terms.Count == 0)
        {
            return null;
        }

        // A phrase typed with marks means those spellings; typed without, any spelling.
        var useFolded = ranking.Folded && !VietnameseTextNormalizer.HasMarks(phrase.Text);
        var textField = useFolded ? IndexFields.TextFolded : IndexFields.Text;
        var titleField = useFolded ? IndexFields.TitleFolded : IndexFields.Title;
        var inText = new PhraseQuery { Slop = phrase.Slop };
        var inTitle = new PhraseQuery { Slop = phrase.Slop };
        foreach (var term in terms)
        {
            var value = useFolded ? VietnameseFoldingFilter.FoldTerm(term) : term;
            inText.Add(new Term(textField, value));
            inTitle.Add(new Term(titleField, value));
            (useFolded ? highlights.Folded : highlights.Exact).Add(value);
        }

        return new DisjunctionMaxQuery([Boosted(inTitle, ranking.TitleBoost ? TitleExactBoost : TextExactBoost), Boosted(inText, TextExactBoost)], 0.1f);
    }

    /// <summary>
    /// A code typed as a query: the code field decides which articles cite it, but says nothing of how much (it has
    /// no frequencies), so a phrase of the code's parts in title and text ranks articles about the document above
    /// those that cite it once (relevance evaluation, code queries: NDCG@10 0.707 with the code field alone).
    /// </summary>
    private BooleanQuery RankedCodeQuery(string canonical, HighlightTerms highlights)
    {
        var inText = new PhraseQuery();
        var inTitle = new PhraseQuery();
        foreach (var part in Analyze(canonical).Select(VietnameseFoldingFilter.FoldTerm))
        {
            inText.Add(new Term(IndexFields.TextFolded, part));
            inTitle.Add(new Term(IndexFields.TitleFolded, part));
        }

        return new BooleanQuery
        {
            { CodeQuery(canonical, highlights), Occur.MUST },
            { new DisjunctionMaxQuery([Boosted(inTitle, TitleExactBoost), Boosted(inText, TextExactBoost)], 0.1f), Occur.SHOULD },
        };
    }

    private static TermQuery CodeQuery(string canonical, HighlightTerms highlights)
    {
        highlights.Codes.Add(canonical);
        return Boosted(new TermQuery(new Term(IndexFields.Code, CodeKey.Of(canonical))), CodeBoost);
    }

    private static Query FieldQuery(FieldNode field, HighlightTerms highlights)
    {
        var value = field.Value.Trim();
        switch (field.Field)
        {
            case "code":
                var code = DocumentCode.Canonicalize(value) ?? throw new QuerySyntaxException($"'{value}' is not a document code (e.g. 06-NQ/HU).", field.Position);
                return CodeQuery(code, highlights);
            case "year":
                var year = ParseYear(value, field.Position);
                return NumericRangeQuery.NewInt32Range(IndexFields.Year, year, year, true, true);
            case "from":
                return NumericRangeQuery.NewInt32Range(IndexFields.Day, DayOf(ParseDate(value, field.Position, endOfPeriod: false)), null, true, true);
            case "to":
                return NumericRangeQuery.NewInt32Range(IndexFields.Day, null, DayOf(ParseDate(value, field.Position, endOfPeriod: true)), true, true);
            case "site":
                return new TermQuery(new Term(IndexFields.Site, value.ToLowerInvariant()));
            case "topic":
                return TopicQuery(value, field.Position);
            default:
                return new TermQuery(new Term(field.Field, FilterKey.Of(value)));
        }
    }

    /// <summary>The request's own filter parameters, as constant-score clauses.</summary>
    public static IEnumerable<Query> Filters(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Locality is { } locality)
        {
            yield return new TermQuery(new Term(IndexFields.Locality, FilterKey.Of(locality)));
        }

        if (request.Province is { } province)
        {
            yield return new TermQuery(new Term(IndexFields.Province, FilterKey.Of(province)));
        }

        if (request.Year is { } year)
        {
            yield return NumericRangeQuery.NewInt32Range(IndexFields.Year, year, year, true, true);
        }

        if (request.From is not null || request.To is not null)
        {
            yield return NumericRangeQuery.NewInt32Range(
                IndexFields.Day, request.From is { } from ? DayOf(from) : null, request.To is { } to ? DayOf(to) : null, true, true);
        }

        if (request.Code is { } code)
        {
            var canonical = DocumentCode.Canonicalize(code) ?? throw new QuerySyntaxException($"'{code}' is not a document code (e.g. 06-NQ/HU).");
            yield return new TermQuery(new Term(IndexFields.Code, CodeKey.Of(canonical)));
        }

        if (request.Type is { } type)
        {
            yield return new TermQuery(new Term(IndexFields.Type, FilterKey.Of(type)));
        }

        if (request.Topic is { } topic)
        {
            yield return TopicQuery(topic, null);
        }
    }

    private static TermQuery TopicQuery(string value, int? position) =>
        VntcTopics.Find(value) is { } topic
            ? new TermQuery(new Term(IndexFields.Topic, FilterKey.Of(topic)))
            : throw new QuerySyntaxException($"'{value}' is not a topic; use one of: {string.Join(", ", VntcTopics.All)}.", position);

    public static int DayOf(DateOnly date) => (date.Year * 10000) + (date.Month * 100) + date.Day;

    private BooleanQuery? BigramBoostQuery(QueryNode node)
    {
        // Only plain words side by side (the top level of an AND, or a single run) earn a proximity bonus.
        var words = node switch
        {
            AndNode and => and.Operands.OfType<WordNode>().Where(w => !w.Prefix).ToList(),
            _ => [],
        };
        var folded = words.SelectMany(w => Analyze(w.Text)).Select(VietnameseFoldingFilter.FoldTerm).ToList();
        if (folded.Count < 2)
        {
            return null;
        }

        var bigrams = new BooleanQuery();
        for (var i = 0; i + 1 < folded.Count; i++)
        {
            bigrams.Add(Boosted(new TermQuery(new Term(IndexFields.TextBigrams, folded[i] + " " + folded[i + 1])), BigramBoost), Occur.SHOULD);
        }

        return bigrams;
    }

    private List<string> Analyze(string text)
    {
        var terms = new List<string>();
        using var stream = _exact.GetTokenStream(IndexFields.Text, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var position = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            // A glued word yields itself and its syllables at the same position: keep the syllables.
            if (position.PositionIncrement == 0 && terms.Count > 0)
            {
                terms[^1] = term.ToString();
                continue;
            }

            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    public void Dispose() => _exact.Dispose();

    private static T Boosted<T>(T query, float boost)
        where T : Query
    {
        query.Boost = boost;
        return query;
    }

    private static int ParseYear(string value, int position) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2100
            ? year
            : throw new QuerySyntaxException($"'year:' takes a year such as 2020, not '{value}'.", position);

    private static DateOnly ParseDate(string value, int position, bool endOfPeriod)
    {
        if (DateOnly.TryParseExact(value, ["yyyy-MM-dd", "d/M/yyyy", "dd/MM/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return endOfPeriod ? month.AddMonths(1).AddDays(-1) : month;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2100)
        {
            return endOfPeriod ? new DateOnly(year, 12, 31) : new DateOnly(year, 1, 1);
        }

        throw new QuerySyntaxException($"'{value}' is not a date (2019-11-08, 08/11/2019, 2019-11 or 2019).", position);
    }
}
