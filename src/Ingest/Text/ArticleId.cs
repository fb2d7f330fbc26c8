using System.Security.Cryptography;
using System.Text;
using ChiBo.Ingest.Normalization;

namespace ChiBo.Ingest.Text;

/// <summary>
/// The stable id of an article: the first 16 hex digits of SHA-256 over its normalised main text (canonical tones,
/// lower case, whitespace collapsed), so the same article saved twice, or re-encoded, has one id.
/// </summary>
public static class ArticleId
{
    public static string From(string mainText)
    {
        ArgumentNullException.ThrowIfNull(mainText);
        var normalized = string.Join(' ', VietnameseTextNormalizer.Normalize(mainText).ToLowerInvariant()
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)))[..16];
    }
}
