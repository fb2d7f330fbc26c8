using System.Text;
using ChiBo.Ingest.Normalization;

namespace ChiBo.Extract.Topics;

/// <summary>
/// What the topic model reads: title and text normalised (one tone-mark placement, so "hoà" and "hòa" are one
/// feature), lower-cased, punctuation turned into spaces so that syllables (Vietnamese words are one to four of them)
/// are the tokens and syllable bigrams approximate words. Training and prediction both go through here.
/// </summary>
public static class TopicText
{
    /// <summary>Beyond this many characters an article adds time but no accuracy: the topic is set by its start.</summary>
    public const int MaxCharacters = 6000;

    public static string Prepare(string? title, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var joined = string.IsNullOrWhiteSpace(title) ? text : title + "\n" + text;
        if (joined.Length > MaxCharacters)
        {
            joined = joined[..MaxCharacters];
        }

        var normalized = VietnameseTextNormalizer.Normalize(joined);
        var builder = new StringBuilder(normalized.Length);
        var pendingSpace = false;
        foreach (var c in normalized)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }
}
