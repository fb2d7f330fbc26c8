using System.Text;
using System.Text.RegularExpressions;
using ChiBo.Ingest.Localities;
using ChiBo.Ingest.Model;

namespace ChiBo.Ingest.Text;

/// <summary>
/// Turns a saved plain-text article (page chrome and all) into an <see cref="Article"/>: page chrome and the page's
/// tail dropped by <see cref="ChromeRules"/>; the title (section labels before it dropped); date and byline lines read
/// and removed; paragraphs repeated verbatim, or repeated as the start of a longer paragraph, kept once; the locality
/// from the gazetteer. The main text keeps the source's own wording and marks.
/// </summary>
public sealed partial class TextArticleParser(ChromeRules chrome, LocalityDetector localities)
{
    private const int MaxMetadataLineLength = 90;

    public TextArticleParser()
        : this(ChromeRules.Default, new LocalityDetector())
    {
    }

    public Article Parse(string raw, string? source = null, ArticleHints? hints = null)
    {
        ArgumentNullException.ThrowIfNull(raw);
        hints ??= ArticleHints.None;
        var lines = KeptLines(raw.Normalize(NormalizationForm.FormC));

        var titleIndex = hints.Title is null ? lines.FindIndex(IsTitleLike) : -1;

        // Only short lines (section labels, dates) stand before a headline; a paragraph before it means the text
        // has no headline of its own, and nothing may be dropped.
        if (titleIndex > 0 && lines.Take(titleIndex).Any(l => l.Split(' ').Length >= 20))
        {
            titleIndex = -1;
        }

        var title = hints.Title?.Trim() ?? (titleIndex >= 0 ? lines[titleIndex] : HeadlineOf(lines.FirstOrDefault() ?? string.Empty));
        if (titleIndex < 0 && lines.Count > 0 && Same(lines[0], title))
        {
            titleIndex = 0;
        }

        // A dump may join headline and body on one line: then that line is body, and its first sentence the title.
        if (titleIndex >= 0 && !lines.Skip(titleIndex + 1).Any(l => l.Length > 0 && !IsMetadataLine(l, out _, out _)) && lines[titleIndex].Length > 200)
        {
            title = HeadlineOf(lines[titleIndex]);
            titleIndex = -1;
        }

        PublishedDate? published = hints.Published;
        var authors = hints.Authors?.ToList() ?? [];
        var dated = new List<(PublishedDate Date, int Index)>();
        for (var i = 0; i < lines.Count; i++)
        {
            // Date lines stand before the title on some portals and after the byline on others.
            if (i != titleIndex && IsMetadataLine(lines[i], out var date, out var author))
            {
                dated.Add((date, i));
                if (author is not null && hints.Authors is null)
                {
                    authors.AddRange(BylineParser.Parse(author));
                }

                lines[i] = string.Empty;
            }
        }

        var body = lines.Skip(titleIndex + 1).Where(l => l.Length > 0 && !Same(l, title)).ToList();

        published ??= dated.Count == 0 ? null : dated.OrderBy(d => d.Date.Time is null ? 1 : 0).ThenBy(d => d.Index).First().Date;

        // The byline closes the article: the last short line that reads as names.
        body.RemoveAll(string.IsNullOrWhiteSpace);
        if (body.Count > 1 && body[^1].Length <= 160 && !body[^1].EndsWith('.') && BylineParser.Parse(body[^1]) is { Count: > 0 } byline)
        {
            if (hints.Authors is null && authors.Count == 0)
            {
                authors.AddRange(byline);
            }

            body.RemoveAt(body.Count - 1);
        }

        var text = string.Join("\n\n", Deduplicate(body));
        return new Article
        {
            Id = ArticleId.From(text),
            Title = title,
            Text = text,
            Published = published,
            Authors = authors.DistinctBy(a => a.Name).ToList(),
            Locality = hints.Locality ?? localities.Detect(title, text),
            Url = hints.Url,
            Site = hints.Site ?? SiteOf(hints.Url),
            Source = source,
            SourceFormat = hints.SourceFormat ?? "txt",
        };
    }

    private List<string> KeptLines(string text)
    {
        var kept = new List<string>();
        foreach (var rawLine in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = Whitespace().Replace(rawLine.Replace('\u00A0', ' '), " ").Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (chrome.StartsTail(line))
            {
                break;
            }

            if (!chrome.IsChrome(line))
            {
                kept.Add(line);
            }
        }

        return kept;
    }

    /// <summary>The first sentence of a line, at most about 25 words, as a headline when no line stands alone as one.</summary>
    private static string HeadlineOf(string line)
    {
        var end = line.IndexOfAny(['.', '!', '?']);
        var sentence = end > 0 ? line[..end] : line;
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 25 ? sentence.Trim() : string.Join(' ', words.Take(25)) + " …";
    }

    /// <summary>A headline: six to sixty words on one line, not a sentence ending in a full stop, not a date line.</summary>
    private static bool IsTitleLike(string line)
    {
        var words = line.Split(' ').Length;
        return words is >= 6 and <= 60 && line.Length <= 400 && !line.EndsWith('.') && !IsMetadataLine(line, out _, out _);
    }

    /// <summary>A short line that is a date (with time, weekday, "Ngày đăng:" and perhaps "| author") and nothing else.</summary>
    private static bool IsMetadataLine(string line, out PublishedDate date, out string? author)
    {
        author = null;
        date = default;
        if (line.Length > MaxMetadataLineLength || !PublishedDateParser.TryParse(line, out date))
        {
            return false;
        }

        var rest = DateNoise().Replace(line, " ");
        var parts = rest.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var words = string.Join(' ', parts).Trim(' ', ',', '-', ':');
        if (words.Length == 0)
        {
            return true;
        }

        if (BylineParser.IsName(words))
        {
            author = words;
            return true;
        }

        return false;
    }

    /// <summary>Drops a paragraph printed again verbatim, or printed once more as the start of a longer one.</summary>
    private static List<string> Deduplicate(List<string> paragraphs)
    {
        var keys = paragraphs.Select(Key).ToList();
        var keep = new bool[paragraphs.Count];
        for (var i = 0; i < paragraphs.Count; i++)
        {
            keep[i] = true;
            for (var j = 0; j < paragraphs.Count && keep[i]; j++)
            {
                if (i == j || keys[i].Length < 40)
                {
                    continue;
                }

                var sameEarlier = j < i && keys[j] == keys[i];
                var containedInLonger = keys[j].Length > keys[i].Length && keys[j].StartsWith(keys[i], StringComparison.Ordinal);
                var containedInEarlierLonger = j < i && keys[j].Length >= keys[i].Length && keys[j].StartsWith(keys[i], StringComparison.Ordinal);
                keep[i] = !(sameEarlier || containedInLonger || containedInEarlierLonger);
            }
        }

        return [.. paragraphs.Where((_, i) => keep[i])];
    }

    private static string Key(string paragraph) =>
        Whitespace().Replace(paragraph.ToLowerInvariant(), " ").Trim().TrimEnd('.', ';', ' ');

    private static bool Same(string a, string b) => string.Equals(Key(a), Key(b), StringComparison.Ordinal);

    private static string? SiteOf(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host.ToLowerInvariant() : null;

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"(?i)\b(ngày đăng|ngày|đăng lúc|cập nhật|thứ\s+(hai|ba|tư|năm|sáu|bảy|\d)|chủ nhật|lúc|giờ)\b|\d{1,2}\s?[/.-]\s?\d{1,2}\s?[/.-]\s?\d{2,4}|\d{1,2}\s?[:hg]\s?\d{2}(\s?(AM|PM|SA|CH))?|GMT\s?[+-]?\d*|\(\s*\)", RegexOptions.CultureInvariant)]
    private static partial Regex DateNoise();
}
