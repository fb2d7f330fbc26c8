using ChiBo.Extract.References;

namespace ChiBo.Extract.Tests.References;

public class DocumentCodeTests
{
    [Theory]
    [InlineData("06-NQ/HU", "06-NQ/HU")]
    [InlineData("06-nq/hu", "06-NQ/HU")]
    [InlineData("06/NQ-HU", "06-NQ/HU")]
    [InlineData("NQ 06/HU", "06-NQ/HU")]
    [InlineData("144-QĐ/TƯ", "144-QĐ/TW")]
    [InlineData("144-QD/TW", "144-QĐ/TW")]
    [InlineData("144 - QĐ/T.Ư", "144-QĐ/TW")]
    [InlineData("11- ĐA/TU", "11-ĐA/TU")]
    [InlineData("05/CT-TW", "05-CT/TW")]
    [InlineData("33-KL/ThU", "33-KL/ThU")]
    [InlineData("12-HD/BTCTW", "12-HD/BTCTW")]
    [InlineData("05-QC/BTCTU-BDVTU", "05-QC/BTCTU-BDVTU")]
    public void AnySpellingCanonicalizesToOneCode(string written, string expected) =>
        Assert.Equal(expected, DocumentCode.Canonicalize(written));

    [Fact]
    public void CentralAndProvincialIssuersStayApart()
    {
        Assert.Equal("144-QĐ/TU", DocumentCode.Canonicalize("144-QD/TU"));
        Assert.NotEqual(DocumentCode.Canonicalize("33-KL/ThU"), DocumentCode.Canonicalize("33-KL/TU"));
    }

    [Theory]
    [InlineData("giai đoạn 2021-2025")]
    [InlineData("sinh hoạt chi bộ")]
    [InlineData("")]
    public void TextWithoutCodeHasNone(string text) => Assert.Null(DocumentCode.Canonicalize(text));

    [Fact]
    public void FindAllReturnsEveryCodeWithItsSpan()
    {
        const string Text = "Thực hiện Chỉ thị 05/CT-TW và Nghị quyết số 22-NQ/TW, Quy định 144-QĐ/TƯ.";

        var matches = DocumentCode.FindAll(Text);

        Assert.Equal(["05-CT/TW", "22-NQ/TW", "144-QĐ/TW"], matches.Select(m => m.Canonical));
        Assert.Equal(["05/CT-TW", "22-NQ/TW", "144-QĐ/TƯ"], matches.Select(m => Text[m.Start..m.End]));
    }
}

public class DocumentCodeParseTests
{
    [Theory]
    [InlineData("144-QD/TU", "144-QĐ/TU")]
    [InlineData("144-QD/TW", "144-QĐ/TW")]
    [InlineData("144-QĐ/TƯ", "144-QĐ/TW")]
    [InlineData("144 - QĐ/T.Ư", "144-QĐ/TW")]
    [InlineData("06/NQ-HU", "06-NQ/HU")]
    [InlineData("NQ 06/HU", "06-NQ/HU")]
    [InlineData(" 06-nq/hu ", "06-NQ/HU")]
    [InlineData("11-DA/TU", "11-ĐA/TU")]
    [InlineData("03-NQ/DU", "03-NQ/ĐU")]
    [InlineData("33-kl/thu", "33-KL/ThU")]
    [InlineData("11\u2013ĐA/TU", "11-ĐA/TU")]
    [InlineData("11-\u00D0A/TU", "11-ĐA/TU")]
    [InlineData("30/2020/nđ-cp", "30/2020/NĐ-CP")]
    [InlineData("30/2020/ND-CP", "30/2020/NĐ-CP")]
    public void WholeCodeParsesToCanonicalForm(string typed, string expected)
    {
        Assert.True(DocumentCode.TryParse(typed, out var code));
        Assert.Equal(expected, code);
    }

    [Theory]
    [InlineData("Nghị quyết 06-NQ/HU")]
    [InlineData("sinh hoạt chi bộ")]
    [InlineData("2020-2025")]
    [InlineData("06-XYZW/HU")]
    [InlineData(null)]
    public void TextThatIsNotOneCodeDoesNotParse(string? typed) => Assert.False(DocumentCode.TryParse(typed, out _));

    [Fact]
    public void FoldingNeverMergesCentralProvincialAndTownIssuers()
    {
        Assert.True(DocumentCode.TryParse("33-KL/ThU", out var town));
        Assert.True(DocumentCode.TryParse("33-KL/TU", out var province));
        Assert.True(DocumentCode.TryParse("33-KL/TƯ", out var central));
        Assert.Equal(3, new[] { town, province, central }.Distinct().Count());
    }
}
