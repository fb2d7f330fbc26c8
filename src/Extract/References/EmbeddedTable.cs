namespace ChiBo.Extract.References;

/// <summary>Reads a tab-separated data file embedded beside the code; lines starting with # are comments.</summary>
internal static class EmbeddedTable
{
    public static IReadOnlyList<string[]> Read(string fileName)
    {
        var assembly = typeof(EmbeddedTable).Assembly;
        var resource = assembly.GetManifestResourceNames()
            .Single(n => n.EndsWith("." + fileName, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException("Missing embedded table " + fileName);
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            rows.Add(line.Split('\t'));
        }

        return rows;
    }

    public static string Cell(string[] row, int index) => index < row.Length ? row[index].Trim() : string.Empty;
}
