using ChiBo.Index.Analysis;

namespace ChiBo.Index.Storage;

/// <summary>How filter values are keyed: folded, lower case, single-spaced, so "Bến Tre", "ben tre" and "BẾN  TRE" agree.</summary>
public static class FilterKey
{
    public static string Of(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var lower = value.Trim().ToLowerInvariant();
        var folded = string.Join(' ', lower.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(VietnameseFoldingFilter.FoldTerm));
        return folded;
    }
}
