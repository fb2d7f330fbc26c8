using ChiBo.Ingest.Deduplication;

namespace ChiBo.Ingest.Tests.Deduplication;

public sealed class MinHashSignatureTests
{
    [Fact]
    public void TheSameTextRetypedWithOtherSpacingAndToneMarksIsIdentical()
    {
        var retyped = SyndicatedCopies.Original.Replace(" ", "  ", StringComparison.Ordinal).Replace("hoà", "hòa", StringComparison.Ordinal).Replace("Thủy", "Thuỷ", StringComparison.Ordinal);

        Assert.Equal(1.0, Of(SyndicatedCopies.Original).Similarity(Of(retyped)));
    }

    [Fact]
    public void ARepublishedCopyWithItsOwnHeadlineAndFooterIsNearlyTheSame() =>
        Assert.True(Of(SyndicatedCopies.Original).Similarity(Of(SyndicatedCopies.Republished(SyndicatedCopies.Original))) >= 0.8);

    [Fact]
    public void AnotherStoryOnTheSameSubjectIsNotSimilar() =>
        Assert.True(Of(SyndicatedCopies.Original).Similarity(Of(SyndicatedCopies.SameSubjectOtherStory)) < 0.2);

    [Fact]
    public void ANearCopySharesABandKeyAndAnotherStoryDoesNot()
    {
        var original = Of(SyndicatedCopies.Original).BandKeys();

        Assert.NotEmpty(original.Intersect(Of(SyndicatedCopies.Republished(SyndicatedCopies.Original)).BandKeys()));
        Assert.Empty(original.Intersect(Of(SyndicatedCopies.SameSubjectOtherStory).BandKeys()));
    }

    [Fact]
    public void SignaturesSurviveStorageAsBytes()
    {
        var signature = Of(SyndicatedCopies.Original);

        Assert.Equal(1.0, MinHashSignature.FromBytes(signature.ToBytes()).Similarity(signature));
    }

    [Fact]
    public void TextsTooShortToCompareHaveNoSignature() =>
        Assert.Null(MinHashSignature.Of("Hội nghị sơ kết nghị quyết của Huyện ủy."));

    private static MinHashSignature Of(string text) => MinHashSignature.Of(text) ?? throw new InvalidOperationException("too short");
}
