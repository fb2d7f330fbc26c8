using ChiBo.Ingest.Sources.LegacyFonts;

namespace ChiBo.Ingest.Tests.Sources.LegacyFonts;

public sealed class LegacyFontDetectorTests
{
    [Fact]
    public void Tcvn3TextIsRecognisedByItsMarkerGlyphs() =>
        Assert.Same(LegacyFontEncoding.Tcvn3, LegacyFontDetector.Detect(LegacyFontEncoding.Tcvn3.FromUnicode(LegacyFontSamples.Article), isHtml: false));

    [Fact]
    public void VniTextIsRecognisedByItsMarkerGlyphs() =>
        Assert.Same(LegacyFontEncoding.Vni, LegacyFontDetector.Detect(LegacyFontEncoding.Vni.FromUnicode(LegacyFontSamples.Article), isHtml: false));

    [Fact]
    public void ADeclaredFontDecidesBetweenEncodings()
    {
        var html = $"<html><body><p style=\"font-family: 'VNI-Times'\">{LegacyFontEncoding.Vni.FromUnicode(LegacyFontSamples.Article)}</p></body></html>";

        Assert.Same(LegacyFontEncoding.Vni, LegacyFontDetector.DeclaredFont(html));
        Assert.Same(LegacyFontEncoding.Vni, LegacyFontDetector.Detect(html, isHtml: true));
    }

    [Fact]
    public void TheCapitalTcvn3FontNameIsADeclarationToo() =>
        Assert.Same(LegacyFontEncoding.Tcvn3, LegacyFontDetector.DeclaredFont("<font face=\".VnTimeH\">"));

    [Fact]
    public void UnicodeVietnameseIsNeverConverted() =>
        Assert.Null(LegacyFontDetector.Detect(LegacyFontSamples.Article, isHtml: false));

    [Fact]
    public void UnicodeTextWithAFewLatinOneSymbolsIsNotConverted()
    {
        const string Text = "Giá vàng hôm nay tăng 0,5% so với hôm qua © Báo Nhân Dân ® · µ ¶ « » ¬ bản quyền thuộc về tòa soạn.";

        Assert.Null(LegacyFontDetector.Detect(Text, isHtml: false));
    }

    [Fact]
    public void UnicodeTextUnderAStaleLegacyFontDeclarationIsNotConverted()
    {
        var html = $"<html><body><p style=\"font-family: .VnTime\">{LegacyFontSamples.Article}</p></body></html>";

        Assert.Null(LegacyFontDetector.Detect(html, isHtml: true));
    }

    [Theory]
    [InlineData("Café crème brûlée à la française, naïve résumé, déjà vu. Ça coûte très cher pour les étudiants, señor.")]
    [InlineData("Der Bürgermeister äußerte sich über die Größe der Straße und die Öffnungszeiten für Übernachtungen.")]
    public void OtherLatinOneLanguagesAreNotMistakenForLegacyFonts(string text) =>
        Assert.Null(LegacyFontDetector.Detect(text, isHtml: false));
}
