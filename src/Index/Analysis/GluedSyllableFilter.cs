using ChiBo.Ingest.Normalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ChiBo.Index.Analysis;

/// <summary>
/// Keeps a glued word ("địnhsố", from a missing space in the source) and adds its two syllables: the first at the
/// same position as the original, the second at the next, with offsets inside the original.
/// </summary>
public sealed class GluedSyllableFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _position;
    private State? _saved;
    private string? _pendingSecond;
    private string? _pendingFirst;
    private int _firstStart;
    private int _firstEnd;

    public GluedSyllableFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_pendingFirst is not null)
        {
            RestoreState(_saved);
            _term.SetEmpty().Append(_pendingFirst);
            _offset.SetOffset(_firstStart, _firstEnd);
            _position.PositionIncrement = 0;
            _pendingFirst = null;
            return true;
        }

        if (_pendingSecond is not null)
        {
            RestoreState(_saved);
            _term.SetEmpty().Append(_pendingSecond);
            _offset.SetOffset(_firstEnd, _offset.EndOffset);
            _position.PositionIncrement = 1;
            _pendingSecond = null;
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        var word = _term.ToString();
        var lower = word.ToLowerInvariant();
        if (_offset.EndOffset - _offset.StartOffset == word.Length && VietnameseSyllable.TrySplitGlued(lower, out var at))
        {
            _saved = CaptureState();
            _pendingFirst = word[..at];
            _pendingSecond = word[at..];
            _firstStart = _offset.StartOffset;
            _firstEnd = _offset.StartOffset + at;
        }

        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _saved = null;
        _pendingFirst = null;
        _pendingSecond = null;
    }
}
