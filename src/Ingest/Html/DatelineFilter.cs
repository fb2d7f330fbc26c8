using System.Text.RegularExpressions;

namespace ChiBo.Ingest.Html;

/// <summary>
/// Recognises a line that only dates the article ("Nov. 19, 2019 8:03 am ET", "Updated: Sat 8:31 PM, Feb 17, 2018",
/// "Ngày đăng: 08/11/2019", "sexta-feira, 22 de outubro de 2010 às 20:13"), in any language: a short line of at least
/// two numbers, one of them a year or a clock time, and at most a few words. Such lines are metadata, not text.
/// </summary>
internal static partial class DatelineFilter
{
    private const int MaxLength = 90;
    private const int MaxWords = 6;

    public static bool IsDateline(string line)
    {
        // "— Name (@handle) November 18, 2019" closes an embedded post, which the article quotes.
        if (line.Length > MaxLength || line.Contains('@', StringComparison.Ordinal) || line.StartsWith('—') || !YearOrClock().IsMatch(line))
        {
            return false;
        }

        var numbers = 0;
        var words = 0;
        foreach (Match token in Token().Matches(line))
        {
            if (char.IsDigit(token.Value[0]))
            {
                numbers++;
            }
            else
            {
                words++;
            }
        }

        return numbers >= 2 && words <= MaxWords;
    }

    [GeneratedRegex(@"\b(1[89]|20)\d\d\b|\b\d{1,2}:\d\d\b", RegexOptions.CultureInvariant)]
    private static partial Regex YearOrClock();

    [GeneratedRegex(@"\w+", RegexOptions.CultureInvariant)]
    private static partial Regex Token();
}
