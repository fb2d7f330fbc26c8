using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ChiBo.Index.Analysis;

/// <summary>
/// Splits text into Vietnamese syllables (letters with their combining marks) and whole numbers ("29.255", "94,2",
/// "2005"), with offsets into the original text. Everything else separates tokens. Articles are short, so the
/// input is read whole.
/// </summary>
public sealed class VietnameseTokenizer : Tokenizer
{
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private string _text = string.Empty;
    private int _position;
    private int _finalOffset;

    public VietnameseTokenizer(TextReader input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        var text = _text;
        var i = _position;
        // A word starts at a letter; combining marks only continue one.
        while (i < text.Length && !char.IsLetter(text[i]) && !char.IsDigit(text[i]))
        {
            i++;
        }

        if (i >= text.Length)
        {
            _position = i;
            return false;
        }

        var start = i;
        if (char.IsDigit(text[i]))
        {
            while (i < text.Length && (char.IsDigit(text[i]) ||
                   ((text[i] == '.' || text[i] == ',') && i + 1 < text.Length && char.IsDigit(text[i + 1]) && i > start)))
            {
                i++;
            }
        }
        else
        {
            while (i < text.Length && IsWordChar(text[i]))
            {
                i++;
            }
        }

        _position = i;
        _term.CopyBuffer(text.ToCharArray(start, i - start), 0, i - start);
        _offset.SetOffset(CorrectOffset(start), CorrectOffset(i));
        return true;
    }

    public override void End()
    {
        base.End();
        _offset.SetOffset(_finalOffset, _finalOffset);
    }

    public override void Reset()
    {
        base.Reset();
        // Read in chunks: Lucene's reusable string reader does not support ReadToEnd on an empty value.
        var builder = new System.Text.StringBuilder();
        var buffer = new char[4096];
        int read;
        while ((read = m_input.Read(buffer, 0, buffer.Length)) > 0)
        {
            builder.Append(buffer, 0, read);
        }

        _text = builder.ToString();
        _position = 0;
        _finalOffset = CorrectOffset(_text.Length);
    }

    private static bool IsWordChar(char c) =>
        char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
