using ChiBo.Extract.Model;
using ChiBo.Extract.References;
using ChiBo.Ingest.Model;

namespace ChiBo.Extract.Tests.References;

public class ReferenceIdentityTests
{
    private static ReferenceIdentity IdentityIn(string text, string locality, string province, string startsWith)
    {
        var context = new ArticleContext(new Locality(locality, "huyện", province));
        var reference = new ReferenceExtractor().Extract(text, context).First(r => r.Text.StartsWith(startsWith, StringComparison.Ordinal));
        return ReferenceIdentity.Of(reference);
    }

    private const string YenLac = "Thực hiện Nghị quyết số 06-NQ/HU, ngày 01/04/2009 của Ban Chấp hành Đảng bộ huyện khóa XIX về sinh hoạt chi bộ.";

    [Fact]
    public void SameDistrictCodeInAnotherDistrictIsAnotherDocument() =>
        Assert.NotEqual(IdentityIn(YenLac, "Yên Lạc", "Vĩnh Phúc", "Nghị quyết").Key, IdentityIn(YenLac, "Sông Lô", "Vĩnh Phúc", "Nghị quyết").Key);

    [Fact]
    public void SameDistrictCodeInAnotherTermIsAnotherDocument()
    {
        var nextTerm = YenLac.Replace("ngày 01/04/2009", "ngày 01/04/2012", StringComparison.Ordinal).Replace("XIX", "XX", StringComparison.Ordinal);
        Assert.NotEqual(IdentityIn(YenLac, "Yên Lạc", "Vĩnh Phúc", "Nghị quyết").Key, IdentityIn(nextTerm, "Yên Lạc", "Vĩnh Phúc", "Nghị quyết").Key);
    }

    [Fact]
    public void ShortFormSharesItsAntecedentsIdentity()
    {
        var text = YenLac + " Các mục tiêu của Nghị quyết 06 đã đạt.";
        Assert.Equal(IdentityIn(text, "Yên Lạc", "Vĩnh Phúc", "Nghị quyết số").Key, IdentityIn(text, "Yên Lạc", "Vĩnh Phúc", "Nghị quyết 06").Key);
    }

    [Fact]
    public void CentralCodesAreNationalWhateverTheArticlesLocality()
    {
        const string text = "Thực hiện Quy định số 144-QĐ/TW của Bộ Chính trị.";
        var a = IdentityIn(text, "Mê Linh", "Hà Nội", "Quy định");
        Assert.Equal(a.Key, IdentityIn(text, "Yên Lạc", "Vĩnh Phúc", "Quy định").Key);
        Assert.False(a.IsAmbiguous);
    }

    [Fact]
    public void LocalCodeWithoutTermOrDateIsMarkedAmbiguous() =>
        Assert.True(IdentityIn("Thực hiện Chỉ thị số 24-CT/TU của Ban Thường vụ Thành ủy Hà Nội.", "Mê Linh", "Hà Nội", "Chỉ thị").IsAmbiguous);
}
