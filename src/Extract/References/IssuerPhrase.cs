using System.Text.RegularExpressions;

namespace ChiBo.Extract.References;

/// <summary>
/// Reads an issuer's name written after "của": capitalised words, plus the lower-case syllables that continue a
/// capitalised word inside a name ("Ban Thường vụ Thành ủy Hà Nội", "Ban Chấp hành Đảng bộ huyện"), from
/// <c>Data/issuer-words.tsv</c>. Stops at the first word that continues no name ("về", "khóa", "ngày"…).
/// </summary>
internal static partial class IssuerPhrase
{
    private const int MaxWords = 12;

    private static readonly Lazy<HashSet<string>> Pairs = new(() =>
        EmbeddedTable.Read("issuer-words.tsv")
            .Select(r => VietnameseFolding.Fold(EmbeddedTable.Cell(r, 0)) + " " + VietnameseFolding.Fold(EmbeddedTable.Cell(r, 1)))
            .ToHashSet(StringComparer.Ordinal));

    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal) { "về", "khóa", "nhiệm", "ngày", "và", "đã", "số" };

    /// <summary>
    /// The end offset of the issuer name starting at <paramref name="start"/>, or -1 when none starts there. The
    /// Politburo and the Secretariat issue jointly: "Bộ Chính trị, Ban Bí thư" and "Bộ Chính trị và Ban Bí thư" are one issuer.
    /// </summary>
    public static int ReadEnd(string text, int start)
    {
        var end = ReadName(text, start);
        while (end > 0 && JointCentralBody().Match(text, end) is { Success: true } joint && ReadName(text, joint.Index + joint.Length) is var next and > 0)
        {
            end = next;
        }

        return end;
    }

    private static int ReadName(string text, int start)
    {
        var end = -1;
        var position = start;
        string? previous = null;
        for (var words = 0; words < MaxWords && position < text.Length; words++)
        {
            var wordEnd = position;
            while (wordEnd < text.Length && char.IsLetter(text[wordEnd]))
            {
                wordEnd++;
            }

            if (wordEnd == position)
            {
                break;
            }

            var word = text[position..wordEnd];
            var folded = VietnameseFolding.Fold(word);
            var accepted = previous is null
                ? char.IsUpper(word[0])
                : (char.IsUpper(word[0]) && !NotNames.Contains(folded)) || Pairs.Value.Contains(previous + " " + folded);
            if (!accepted)
            {
                break;
            }

            if (folded != "và")
            {
                end = wordEnd;
            }

            previous = folded;
            if (wordEnd + 1 >= text.Length || text[wordEnd] != ' ' || !char.IsLetter(text[wordEnd + 1]))
            {
                break;
            }

            position = wordEnd + 1;
        }

        return end;
    }

    [GeneratedRegex(@"\G(?:,[ \t]*|[ \t]+và[ \t]+)(?=Bộ Chính trị|Ban Bí thư)", RegexOptions.CultureInvariant)]
    private static partial Regex JointCentralBody();
}
