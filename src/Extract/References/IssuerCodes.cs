using ChiBo.Extract.Model;

namespace ChiBo.Extract.References;

/// <summary>
/// Party issuer codes (references.md §3) read by their construction rule: optional advisory-body initials
/// (BTC, BTG, BDV, UBKT, VP…) followed by the committee level (TW, TU, HU, ThU, QU, ĐU, ĐUK, CB). Unseen
/// bodies built the same way are recognised too. Tables in <c>Data/issuer-levels.tsv</c>, <c>Data/issuer-organs.tsv</c>.
/// </summary>
internal static class IssuerCodes
{
    private static readonly Lazy<Table> Data = new(Load);

    private static readonly string[] Levels = ["QUTW", "ĐUK", "TW", "TU", "HU", "ThU", "QU", "ĐU", "CB"];

    private static readonly HashSet<string> StandaloneBodies = new(StringComparer.Ordinal) { "BCSĐ", "BCS", "ĐĐ", "ĐUQSTW" };

    /// <summary>The level of a canonical issuer code ("BTCTU" → TU), or null when it is no Party issuer.</summary>
    public static string? LevelOf(string issuerCode)
    {
        if (StandaloneBodies.Contains(issuerCode))
        {
            return issuerCode;
        }

        foreach (var level in Levels)
        {
            if (issuerCode.EndsWith(level, StringComparison.Ordinal))
            {
                var prefix = issuerCode[..^level.Length];
                if (prefix.Length == 0 || (prefix.Length <= 6 && (prefix[0] == 'B' || prefix.StartsWith("UBKT", StringComparison.Ordinal) || prefix == "VP")))
                {
                    return level;
                }
            }
        }

        return null;
    }

    /// <summary>True when every part of a (possibly joint) canonical issuer is a Party body.</summary>
    public static bool IsParty(string issuer) => issuer.Split('-').All(p => LevelOf(p) is not null);

    /// <summary>True when the issuer's committee belongs to a locality (not national).</summary>
    public static bool IsLocal(string issuerCode) => LevelOf(issuerCode.Split('-')[0]) is "TU" or "HU" or "ThU" or "QU" or "ĐU" or "ĐUK" or "CB";

    /// <summary>The issuer name to show when the text names none ("TW" → "Trung ương", "BTCTU" → "Ban Tổ chức Tỉnh ủy").</summary>
    public static string? DefaultName(string issuerCode, ArticleContext context)
    {
        var first = issuerCode.Split('-')[0];
        var level = LevelOf(first);
        if (level is null)
        {
            return null;
        }

        var table = Data.Value;
        var committee = level == "TU" && IsCentralCity(ProvinceOf(context)) ? "Thành ủy" : table.NameByLevel.GetValueOrDefault(level);
        if (level == "ThU" && context.Locality is { } l && !l.Kind.StartsWith("thành phố", StringComparison.Ordinal))
        {
            committee = "Thị ủy";
        }

        var prefix = first[..^level.Length];
        if (prefix.Length == 0)
        {
            return committee;
        }

        var organ = table.OrganByInitials.GetValueOrDefault(prefix);
        return organ is null ? committee : organ + " " + committee;
    }

    /// <summary>
    /// The issuer code of an issuer named in words ("BTV Tỉnh ủy" → TU, "Ban Tổ chức Trung ương" → BTCTW,
    /// "Bộ Chính trị" → TW), or null when the words name no committee.
    /// </summary>
    public static string? Infer(string issuerName, ArticleContext context)
    {
        var folded = VietnameseFolding.Fold(issuerName);
        var table = Data.Value;
        string? level = null;
        var levelAt = int.MaxValue;
        foreach (var (words, code) in table.Levels)
        {
            var at = folded.IndexOf(words, StringComparison.Ordinal);
            if (at >= 0 && at < levelAt)
            {
                level = code;
                levelAt = at;
            }
        }

        if (level is null)
        {
            return null;
        }

        if (level == "ThU" && folded.Contains("thành", StringComparison.Ordinal))
        {
            if (IsCentralCity(LocalityOf(issuerName) ?? ProvinceOf(context)))
            {
                level = "TU";
            }
        }

        foreach (var (words, initials) in table.Organs)
        {
            if (folded.StartsWith(words, StringComparison.Ordinal))
            {
                return initials + level;
            }
        }

        return level;
    }

    /// <summary>The locality named after the committee in an issuer name ("Ban Thường vụ Thành ủy Hà Nội" → "Hà Nội").</summary>
    public static string? LocalityOf(string issuerName)
    {
        var words = issuerName.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var end = words.Length;
        var start = end;
        while (start > 0 && char.IsUpper(words[start - 1][0]) && !IsCommitteeWord(words, start - 1))
        {
            start--;
        }

        if (start == end || start == 0)
        {
            return null;
        }

        return string.Join(' ', words[start..end]);
    }

    /// <summary>The locality a local issuer belongs to: named in the issuer, else the article's own.</summary>
    public static string? IssuerLocality(string issuerCode, string? issuerName, ArticleContext context)
    {
        if (!IsLocal(issuerCode))
        {
            return null;
        }

        if (issuerName is not null && LocalityOf(issuerName) is { } named)
        {
            return named;
        }

        var level = LevelOf(issuerCode.Split('-')[0]);
        return level == "TU" ? ProvinceOf(context) : context.Locality?.Name;
    }

    public static string? ProvinceOf(ArticleContext context)
    {
        if (context.Locality is not { } locality)
        {
            return null;
        }

        var province = locality.Province ?? locality.Name;
        foreach (var kind in (string[])["thành phố ", "tỉnh ", "Thành phố ", "Tỉnh ", "TP. ", "TP "])
        {
            if (province.StartsWith(kind, StringComparison.Ordinal))
            {
                return province[kind.Length..];
            }
        }

        return province;
    }

    private static bool IsCentralCity(string? name) =>
        name is not null && Data.Value.CentralCities.Contains(name.Replace("TP.", string.Empty, StringComparison.Ordinal).Trim());

    private static bool IsCommitteeWord(string[] words, int index)
    {
        // "Ủy" in "Tỉnh ủy" is lower case; a capitalised word right after a committee noun starts the place name.
        var word = VietnameseFolding.Fold(words[index]);
        return word is "ban" or "bộ" or "chính" or "thường" or "chấp" or "tổ" or "tuyên" or "dân" or "kiểm" or "văn" or "bí"
            or "tỉnh" or "huyện" or "thị" or "quận" or "thành" or "đảng" or "trung" or "btv" or "bch" or "ủy" or "đoàn" or "khối"
            || (index > 0 && VietnameseFolding.Fold(words[index - 1]) is "ban" && word is not "thường");
    }

    private sealed record Table(
        (string Words, string Code)[] Levels,
        (string Words, string Initials)[] Organs,
        Dictionary<string, string> NameByLevel,
        Dictionary<string, string> OrganByInitials,
        HashSet<string> CentralCities);

    private static Table Load()
    {
        var levels = new List<(string, string)>();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in EmbeddedTable.Read("issuer-levels.tsv"))
        {
            var words = VietnameseFolding.Fold(EmbeddedTable.Cell(row, 0));
            var code = EmbeddedTable.Cell(row, 1);
            levels.Add((words, code));
            names.TryAdd(code, EmbeddedTable.Cell(row, 2));
        }

        var organs = new List<(string, string)>();
        var organNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in EmbeddedTable.Read("issuer-organs.tsv"))
        {
            var initials = EmbeddedTable.Cell(row, 1);
            organs.Add((VietnameseFolding.Fold(EmbeddedTable.Cell(row, 0)), initials));
            organNames.TryAdd(initials, EmbeddedTable.Cell(row, 2));
        }

        // "BTV"/"BCH" abbreviate the committee itself, so they carry no initials.
        var cities = new HashSet<string>(EmbeddedTable.Read("central-cities.tsv").Select(r => EmbeddedTable.Cell(r, 0)), StringComparer.Ordinal);
        return new Table([.. levels], [.. organs], names, organNames, cities);
    }
}
