using ChiBo.Extract.References;
using ChiBo.Index.Storage;

namespace ChiBo.Index.Tests.Storage;

public class CodeKeyTests
{
    [Theory]
    [InlineData("144-QĐi/TƯ")]
    [InlineData("144-QD/TW")]
    [InlineData("144 - QĐ/T.Ư")]
    [InlineData("144-qđ/tw")]
    public void EverySpellingOfACentralQuyDinhHasOneKey(string spelling) =>
        Assert.Equal("144-qđ/tw", CodeKey.Of(DocumentCode.Canonicalize(spelling)!));

    [Theory]
    [InlineData("06-NQ/TƯ", "06-NQ/TU")]
    [InlineData("06-NQ/ThU", "06-NQ/TU")]
    [InlineData("06-NQ/HU", "06-NQ/TU")]
    public void CentralProvincialTownAndDistrictCodesStayApart(string one, string other) =>
        Assert.NotEqual(CodeKey.Of(DocumentCode.Canonicalize(one)!), CodeKey.Of(DocumentCode.Canonicalize(other)!));
}
