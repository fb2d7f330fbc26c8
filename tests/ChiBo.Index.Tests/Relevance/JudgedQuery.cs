namespace ChiBo.Index.Tests.Relevance;

/// <summary>One query of queries.tsv with its graded judgments (judgments.tsv): source id → grade 0–3.</summary>
internal sealed record JudgedQuery(string Id, string Category, string Text, IReadOnlyDictionary<string, int> Grades)
{
    public static IReadOnlyList<JudgedQuery> Load(string folder)
    {
        var grades = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var row in Rows(Path.Combine(folder, "judgments.tsv")))
        {
            if (!grades.TryGetValue(row[0], out var forQuery))
            {
                forQuery = new Dictionary<string, int>(StringComparer.Ordinal);
                grades[row[0]] = forQuery;
            }

            forQuery[row[1]] = int.Parse(row[2], System.Globalization.CultureInfo.InvariantCulture);
        }

        return [.. Rows(Path.Combine(folder, "queries.tsv")).Select(r => new JudgedQuery(
            r[0], r[1], r[2], grades.TryGetValue(r[0], out var g) ? g : new Dictionary<string, int>(StringComparer.Ordinal)))];
    }

    private static IEnumerable<string[]> Rows(string path) =>
        File.ReadLines(path).Where(l => l.Length > 0 && l[0] != '#' && !l.StartsWith("id\t", StringComparison.Ordinal) && !l.StartsWith("query\t", StringComparison.Ordinal))
            .Select(l => l.Split('\t'));
}
