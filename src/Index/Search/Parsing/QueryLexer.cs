using System.Globalization;
using ChiBo.Extract.References;

namespace ChiBo.Index.Search.Parsing;

/// <summary>
/// Splits the query language into tokens: words, "phrases"~N, document codes (recognised in any spelling before
/// anything else, so "06/NQ-HU" is never read as words), field:value filters, AND/OR/NOT, &amp;&amp;, ||, !, +, -,
/// parentheses.
/// </summary>
internal static class QueryLexer
{
    public static readonly IReadOnlySet<string> Fields = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "locality", "province", "year", "from", "to", "code", "type", "author", "site", "topic",
    };

    private const string Separators = "[]{}^~\\";

    public static List<QueryToken> Tokenize(string query)
    {
        var codes = DocumentCode.FindAll(query).ToDictionary(c => c.Start);
        var tokens = new List<QueryToken>();
        var i = 0;
        while (i < query.Length)
        {
            var c = query[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c) || Separators.Contains(c, StringComparison.Ordinal))
            {
                i++;
                continue;
            }

            if (codes.TryGetValue(i, out var code))
            {
                tokens.Add(new QueryToken(QueryTokenKind.Code, code.Canonical, i));
                i = code.End;
                continue;
            }

            switch (c)
            {
                case '(':
                    tokens.Add(new QueryToken(QueryTokenKind.Open, "(", i++));
                    continue;
                case ')':
                    tokens.Add(new QueryToken(QueryTokenKind.Close, ")", i++));
                    continue;
                case '"':
                    tokens.Add(ReadPhrase(query, ref i));
                    continue;
                case '+' when StartsTerm(query, i + 1):
                    tokens.Add(new QueryToken(QueryTokenKind.Plus, "+", i++));
                    continue;
                case '-' or '!' when StartsTerm(query, i + 1):
                    tokens.Add(new QueryToken(QueryTokenKind.Minus, c.ToString(), i++));
                    continue;
                default:
                    break;
            }

            var start = i;
            while (i < query.Length && !char.IsWhiteSpace(query[i]) && query[i] is not ('(' or ')' or '"') &&
                   !Separators.Contains(query[i], StringComparison.Ordinal) && !codes.ContainsKey(i))
            {
                i++;
            }

            var word = query[start..i];
            switch (word)
            {
                case "AND" or "&&":
                    tokens.Add(new QueryToken(QueryTokenKind.And, word, start));
                    continue;
                case "OR" or "||":
                    tokens.Add(new QueryToken(QueryTokenKind.Or, word, start));
                    continue;
                case "NOT":
                    tokens.Add(new QueryToken(QueryTokenKind.Not, word, start));
                    continue;
                default:
                    break;
            }

            var colon = word.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && Fields.Contains(word[..colon]))
            {
                var field = word[..colon].ToLowerInvariant();
                var value = word[(colon + 1)..];
                if (value.Length == 0 && i < query.Length && query[i] == '"')
                {
                    var phrase = ReadPhrase(query, ref i);
                    value = phrase.Text;
                }
                else if (value.Length == 0 && codes.TryGetValue(i, out var fieldCode))
                {
                    value = fieldCode.Canonical;
                    i = fieldCode.End;
                }

                if (value.Length == 0)
                {
                    throw new QuerySyntaxException($"'{field}:' needs a value, e.g. {field}:\"Bến Tre\".", start);
                }

                tokens.Add(new QueryToken(QueryTokenKind.Field, value, start, Field: field));
                continue;
            }

            if (colon >= 0 && word.Length > 1 && word.IndexOfAny(['*', '?']) < 0)
            {
                word = word.Replace(':', ' ');
            }

            // Only a trailing * after two or more letters is a prefix search; a leading or inner * and every ? are
            // punctuation, so a wildcard can never expand to the whole vocabulary.
            var prefix = word.EndsWith('*') && word.TrimEnd('*').Trim('*', '?').Length >= 2 && !word.TrimEnd('*').Contains('*', StringComparison.Ordinal);
            word = word.Replace('?', ' ').Replace('*', ' ').Trim();
            if (word.Length == 0)
            {
                continue;
            }

            if (prefix && !word.Contains(' ', StringComparison.Ordinal))
            {
                tokens.Add(new QueryToken(QueryTokenKind.Word, word, start, Prefix: true));
                continue;
            }

            tokens.Add(new QueryToken(QueryTokenKind.Word, word, start));
        }

        return tokens;
    }

    private static bool StartsTerm(string query, int i) =>
        i < query.Length && !char.IsWhiteSpace(query[i]) && query[i] is not (')' or '+' or '-' or '!');

    private static QueryToken ReadPhrase(string query, ref int i)
    {
        var start = i;
        var end = query.IndexOf('"', start + 1);
        if (end < 0)
        {
            throw new QuerySyntaxException("This quotation mark is never closed.", start);
        }

        i = end + 1;
        var slop = 0;
        if (i < query.Length && query[i] == '~')
        {
            var digits = i + 1;
            while (digits < query.Length && char.IsDigit(query[digits]))
            {
                digits++;
            }

            if (digits == i + 1 || !int.TryParse(query.AsSpan(i + 1, digits - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out slop) || slop > 50)
            {
                throw new QuerySyntaxException("Proximity is written \"…\"~N with N from 0 to 50.", i);
            }

            i = digits;
        }

        return new QueryToken(QueryTokenKind.Phrase, query[(start + 1)..end], start, Slop: slop);
    }
}
