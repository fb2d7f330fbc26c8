using System.Globalization;
using System.Reflection;
using ChiBo.Ingest.Normalization;

namespace ChiBo.Ingest.Localities;

/// <summary>The administrative units of gazetteer.tsv (embedded), looked up by name in any tone placement or case.</summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> Shared = new(Load);
    private readonly Dictionary<string, List<AdministrativeUnit>> _byName;

    private Gazetteer(List<AdministrativeUnit> units)
    {
        Units = units;
        _byName = units.GroupBy(u => Key(u.Name)).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        LongestName = units.Max(u => u.Name.Split(' ').Length);
    }

    public static Gazetteer Default => Shared.Value;

    public IReadOnlyList<AdministrativeUnit> Units { get; }

    /// <summary>The most words any unit name has.</summary>
    public int LongestName { get; }

    public IReadOnlyList<AdministrativeUnit> Find(string name) =>
        _byName.TryGetValue(Key(name), out var units) ? units : [];

    public static string Key(string name) => VietnameseTextNormalizer.Normalize(name).ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal).Replace("  ", " ", StringComparison.Ordinal).Trim();

    private static Gazetteer Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ChiBo.Ingest.Localities.gazetteer.tsv")
            ?? throw new InvalidOperationException("gazetteer.tsv is not embedded.");
        using var reader = new StreamReader(stream);
        var units = new List<AdministrativeUnit>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var c = line.Split('\t');
            DateOnly? until = c.Length > 4 && c[4].Length > 0 ? DateOnly.ParseExact(c[4], "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
            units.Add(new AdministrativeUnit(c[0], c[1], c[2] == "province", c[3], until));
        }

        return new Gazetteer(units);
    }
}
