using System.Globalization;
using System.Text;
using ChiBo.Extract.Model;
using ChiBo.Extract.References;
using ChiBo.Extract.Tests.References.Gold;

namespace ChiBo.Extract.Tests.References.Evaluation;

/// <summary>
/// Scores extracted references against the annotated set, article by article, and keeps every disagreement for
/// the report. References are paired one to one by overlapping span (the gold reference takes the overlapping
/// prediction that shares most characters). Exact spans count identical offsets; codes compare each article's
/// multiset of canonical codes (a resolved short form carries its antecedent's code); type counts paired references
/// of the same type over all predicted and gold ones; issuer and date are scored on paired references whose gold
/// carries one (precision over those where the extractor gave one too); a short form is resolved correctly when it
/// points into its gold antecedent's span; each family counts paired references on which gold and extractor agree.
/// </summary>
internal sealed class ReferenceEvaluation
{
    private readonly Dictionary<string, Score> _byFamily = new(StringComparer.Ordinal);
    private readonly List<string> _disagreements = [];

    public int Articles { get; private set; }

    public Score ExactSpans { get; private set; }

    public Score OverlappingSpans { get; private set; }

    public Score Codes { get; private set; }

    public Score Types { get; private set; }

    public Score Issuers { get; private set; }

    public Score Dates { get; private set; }

    public Score ShortForms { get; private set; }

    public IReadOnlyDictionary<string, Score> ByFamily => _byFamily;

    public IReadOnlyList<string> Disagreements => _disagreements;

    public void Add(AnnotatedArticle article, IReadOnlyList<DocumentReference> predicted)
    {
        Articles++;
        var gold = article.Gold.References;
        var pairs = Pair(gold, predicted);
        var source = article.Gold.Source;

        var exact = gold.Count(g => predicted.Any(p => p.Start == g.Start && p.End == g.End));
        ExactSpans = ExactSpans.Plus(new(exact, predicted.Count, gold.Count));
        OverlappingSpans = OverlappingSpans.Plus(new(pairs.Count, predicted.Count, gold.Count));
        Codes = Codes.Plus(CodeScore(gold, predicted));
        Types = Types.Plus(new(pairs.Count(p => p.Gold.Type == p.Predicted.Type), predicted.Count, gold.Count));
        Issuers = Issuers.Plus(AttributeScore(pairs, g => g.Issuer, p => p.Issuer, SameIssuer));
        Dates = Dates.Plus(AttributeScore(pairs, g => g.Date?.ToString("O", CultureInfo.InvariantCulture), p => p.Date?.ToString("O", CultureInfo.InvariantCulture), string.Equals));

        var resolved = pairs.Count(p => p.Gold.ResolvesTo is { } index && p.Predicted.ResolvesTo is { } at && gold[index].Start <= at && at < gold[index].End);
        ShortForms = ShortForms.Plus(new(resolved, predicted.Count(p => p.ResolvesTo is not null), gold.Count(g => g.ResolvesTo is not null)));

        foreach (var family in gold.Select(g => g.Family).Concat(predicted.Select(FamilyOf)).Distinct())
        {
            var score = new Score(
                pairs.Count(p => p.Gold.Family == family && FamilyOf(p.Predicted) == family),
                predicted.Count(p => FamilyOf(p) == family),
                gold.Count(g => g.Family == family));
            _byFamily[family] = _byFamily.GetValueOrDefault(family).Plus(score);
        }

        Describe(source, gold, predicted, pairs);
    }

    private static string FamilyOf(DocumentReference reference) => reference.Family ?? ReferenceFamily.Party;

    private static List<(GoldReference Gold, DocumentReference Predicted)> Pair(IReadOnlyList<GoldReference> gold, IReadOnlyList<DocumentReference> predicted)
    {
        var taken = new bool[predicted.Count];
        var pairs = new List<(GoldReference, DocumentReference)>();
        foreach (var g in gold)
        {
            var best = -1;
            var bestShared = 0;
            for (var i = 0; i < predicted.Count; i++)
            {
                var shared = Math.Min(g.End, predicted[i].End) - Math.Max(g.Start, predicted[i].Start);
                if (!taken[i] && shared > bestShared)
                {
                    best = i;
                    bestShared = shared;
                }
            }

            if (best >= 0)
            {
                taken[best] = true;
                pairs.Add((g, predicted[best]));
            }
        }

        return pairs;
    }

    private static Score CodeScore(IReadOnlyList<GoldReference> gold, IReadOnlyList<DocumentReference> predicted)
    {
        var expected = gold.Where(g => g.Code is not null).GroupBy(g => g.Code!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var got = predicted.Where(p => p.Code is not null).GroupBy(p => p.Code!, StringComparer.Ordinal).ToList();
        var correct = got.Sum(g => Math.Min(g.Count(), expected.GetValueOrDefault(g.Key)));
        return new Score(correct, got.Sum(g => g.Count()), expected.Values.Sum());
    }

    private static Score AttributeScore(
        List<(GoldReference Gold, DocumentReference Predicted)> pairs,
        Func<GoldReference, string?> gold,
        Func<DocumentReference, string?> predicted,
        Func<string, string, bool> same)
    {
        var annotated = pairs.Where(p => gold(p.Gold) is not null).ToList();
        var given = annotated.Where(p => predicted(p.Predicted) is not null).ToList();
        return new Score(given.Count(p => same(gold(p.Gold)!, predicted(p.Predicted)!)), given.Count, annotated.Count);
    }

    /// <summary>Issuers compare as written, up to case, spacing and tone placement ("ủy"/"uỷ").</summary>
    internal static bool SameIssuer(string a, string b) => IssuerKey(a) == IssuerKey(b);

    private static string IssuerKey(string issuer) =>
        string.Join(' ', issuer.Normalize(NormalizationForm.FormC).Replace("uỷ", "ủy", StringComparison.OrdinalIgnoreCase)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim(' ', ',', '.', ';').ToLowerInvariant();

    private void Describe(string source, IReadOnlyList<GoldReference> gold, IReadOnlyList<DocumentReference> predicted, List<(GoldReference Gold, DocumentReference Predicted)> pairs)
    {
        foreach (var g in gold.Where(g => !pairs.Exists(p => ReferenceEquals(p.Gold, g))))
        {
            _disagreements.Add($"{source} MISSED  [{g.Start},{g.End}) «{g.Text}» {g.Code}");
        }

        foreach (var p in predicted.Where(p => !pairs.Exists(q => ReferenceEquals(q.Predicted, p))))
        {
            _disagreements.Add($"{source} SPURIOUS [{p.Start},{p.End}) «{Flat(p.Text)}» {p.Code}");
        }

        foreach (var (g, p) in pairs)
        {
            var differences = new List<string>();
            if (g.Start != p.Start || g.End != p.End)
            {
                differences.Add($"span «{Flat(p.Text)}»");
            }

            if (g.Code != p.Code)
            {
                differences.Add($"code {p.Code ?? "null"} ≠ {g.Code ?? "null"}");
            }

            if (g.Type != p.Type)
            {
                differences.Add($"type {p.Type} ≠ {g.Type}");
            }

            if (g.Issuer is not null && (p.Issuer is null || !SameIssuer(g.Issuer, p.Issuer)))
            {
                differences.Add($"issuer «{p.Issuer}» ≠ «{g.Issuer}»");
            }

            if (g.Date is not null && g.Date != p.Date)
            {
                differences.Add($"date {p.Date} ≠ {g.Date}");
            }

            if ((g.ResolvesTo is null) != (p.ResolvesTo is null))
            {
                differences.Add(g.ResolvesTo is null ? "resolved, but is no short form" : "short form left unresolved");
            }

            if (g.Family != FamilyOf(p))
            {
                differences.Add($"family {FamilyOf(p)} ≠ {g.Family}");
            }

            if (differences.Count > 0)
            {
                _disagreements.Add($"{source} DIFFERS [{g.Start},{g.End}) «{g.Text}»: {string.Join("; ", differences)}");
            }
        }
    }

    private static string Flat(string text) => text.ReplaceLineEndings(" ");
}
