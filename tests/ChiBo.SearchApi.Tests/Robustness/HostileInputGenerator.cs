using System.Text;

namespace ChiBo.SearchApi.Tests.Robustness;

/// <summary>Random and hostile query strings and parameter values, reproducible from a seed.</summary>
internal sealed class HostileInputGenerator(int seed)
{
    private static readonly string[] Fragments =
    [
        "\"", "(", ")", "[", "]", "{", "}", "*", "?", "~", "~3", "^", "^9999", ":", "\\", "/", "-", "+", "!", "&&", "||",
        "AND", "OR", "NOT", "TO", "*:*", "locality:", "province:", "year:", "from:", "to:", "code:", "type:", "author:",
        "year:abc", "from:2020-99-99", "code:06-NQ/HU", "text:", "_id:", "nghị quyết", "nghi quyet", "06-NQ/HU", "144-QĐ/TƯ",
        "đảng viên", "Ð", "e\u0301", "u\u031b\u0309", "\u0000", "\u0007", "\u001b[31m", "\u200b", "\u00a0", "\ufeff", "\ud800",
        "中文", "русский", "العربية", "🙂", "<script>alert(1)</script>", "' OR 1=1 --", "%00", "../../etc/passwd", "a*", "*a",
        "?a", "a?b*c", "\"sinh hoạt chuyên đề\"~2", "[2019 TO 2020]", "{a TO b}", "/regex.*/", "a~0.5", "((((((((", "))))))",
    ];

    private const string VietnameseLetters = "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ";

    private readonly Random _random = new(seed);

    public string Query()
    {
        switch (_random.Next(8))
        {
            case 0:
                return new string('*', _random.Next(1, 2000));
            case 1:
                return RandomChars(_random.Next(9_000, 11_000));
            case 2:
                return string.Concat(Enumerable.Range(0, _random.Next(1, 400)).Select(_ => "a" + _random.Next(10) + "* OR "));
            default:
                var builder = new StringBuilder();
                var parts = _random.Next(1, 12);
                for (var i = 0; i < parts; i++)
                {
                    builder.Append(_random.Next(4) == 0 ? RandomChars(_random.Next(1, 20)) : Fragments[_random.Next(Fragments.Length)]);
                    if (_random.Next(3) > 0)
                    {
                        builder.Append(' ');
                    }
                }

                return builder.ToString();
        }
    }

    /// <summary>A whole query string: q plus random, often invalid, parameters.</summary>
    public string QueryString()
    {
        var parameters = new List<string> { "q=" + Uri.EscapeDataString(Query()) };
        string[] names = ["page", "size", "year", "from", "to", "locality", "province", "code", "type", "sort"];
        string[] values = ["-1", "0", "1", "100", "101", "99999999999", "abc", "2019-11-08", "2019-02-30", "", "%", "Bến Tre", "relevance", "date", "NaN", "1e9", "\u0000", "../.."];
        for (var i = _random.Next(4); i > 0; i--)
        {
            var value = _random.Next(3) == 0 ? Query() : values[_random.Next(values.Length)];
            parameters.Add(names[_random.Next(names.Length)] + "=" + Uri.EscapeDataString(value.Length > 300 ? value[..300] : value));
        }

        return string.Join('&', parameters);
    }

    private string RandomChars(int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = _random.Next(6) switch
            {
                0 => (char)_random.Next(0x20, 0x7f),
                1 => (char)_random.Next(0x00C0, 0x1EF9),
                2 => (char)_random.Next(0x0000, 0x0020),
                3 => (char)_random.Next(0x0300, 0x036F),
                4 => (char)_random.Next(0x4E00, 0x4FFF),
                _ => VietnameseLetters[_random.Next(VietnameseLetters.Length)],
            };
        }

        return new string(chars);
    }
}
