using System.Text;
using Microsoft.VisualBasic.FileIO;

namespace ChiBo.TestSupport;

/// <summary>
/// Reads a CSV download back with .NET's own RFC 4180 reader (TextFieldParser: quoted fields, doubled quotes, line
/// breaks inside quotes), one dictionary per row keyed by the header; fails on a row of the wrong width.
/// </summary>
public static class CsvRows
{
    public static List<Dictionary<string, string>> Parse(byte[] utf8)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        using var parser = new TextFieldParser(new StringReader(new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(utf8)))
        {
            TextFieldType = FieldType.Delimited,
            HasFieldsEnclosedInQuotes = true,
            TrimWhiteSpace = false,
        };
        parser.SetDelimiters(",");
        var header = parser.ReadFields() ?? throw new InvalidDataException("No header row.");
        var rows = new List<Dictionary<string, string>>();
        while (parser.ReadFields() is { } fields)
        {
            if (fields.Length != header.Length)
            {
                throw new InvalidDataException($"Row {rows.Count + 1} has {fields.Length} fields, the header {header.Length}.");
            }

            rows.Add(header.Zip(fields).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal));
        }

        return rows;
    }
}
