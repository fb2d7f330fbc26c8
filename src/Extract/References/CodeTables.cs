using System.Reflection;
using ChiBo.Ingest.Normalization;

namespace ChiBo.Extract.References;

/// <summary>The reference grammar's word lists (document-types.tsv, issuers.tsv), embedded and loaded once.</summary>
public sealed class CodeTables
{
    private static readonly Lazy<CodeTables> Shared = new(Load);

    private CodeTables(List<(string Noun, string Type, string? Code)> types, List<(string Name, string Code)> issuers)
    {
        Types = types;
        Issuers = issuers;
    }

    public static CodeTables Default => Shared.Value;

    /// <summary>Head nouns, longest first.</summary>
    public IReadOnlyList<(string Noun, string Type, string? Code)> Types { get; }

    /// <summary>Issuer names, longest first.</summary>
    public IReadOnlyList<(string Name, string Code)> Issuers { get; }

    /// <summary>The type whose Party code is <paramref name="code"/> (NQ → Nghị quyết), for a code with no head noun.</summary>
    public string TypeOfCode(string code) => code switch
    {
        "QĐ" or "QĐi" or "QyĐ" => code == "QĐ" ? "Quyết định" : "Quy định",
        _ => Types.FirstOrDefault(t => t.Code == code).Type ?? code,
    };

    /// <summary>The Party issuer code of an issuer named in words ("BTV Tỉnh ủy" → TU), or null.</summary>
    public string? IssuerCodeOf(string issuer)
    {
        var key = Key(issuer);
        foreach (var (name, code) in Issuers)
        {
            var k = Key(name);
            if (key.EndsWith(k, StringComparison.Ordinal) || key.Contains(k + " ", StringComparison.Ordinal))
            {
                return code;
            }
        }

        return null;
    }

    public static string Key(string text) => VietnameseTextNormalizer.Normalize(text).ToLowerInvariant();

    private static CodeTables Load()
    {
        var types = Rows("document-types.tsv").Select(c => (c[0], c[1], c.Length > 2 && c[2].Length > 0 ? c[2] : null)).OrderByDescending(t => t.Item1.Length).ToList();
        var issuers = Rows("issuers.tsv").Select(c => (c[0], c[1])).OrderByDescending(i => i.Item1.Length).ToList();
        return new CodeTables(types, issuers);
    }

    private static List<string[]> Rows(string file)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ChiBo.Extract.References." + file)
            ?? throw new InvalidOperationException(file + " is not embedded.");
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                rows.Add(line.Split('\t'));
            }
        }

        return rows;
    }
}
