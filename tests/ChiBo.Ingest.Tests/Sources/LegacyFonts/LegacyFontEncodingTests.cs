using ChiBo.Ingest.Sources.LegacyFonts;

namespace ChiBo.Ingest.Tests.Sources.LegacyFonts;

public sealed class LegacyFontEncodingTests
{
    public static TheoryData<string> Encodings => ["TCVN3", "VNI"];

    [Theory]
    [MemberData(nameof(Encodings))]
    public void EveryVietnameseLetterRoundTripsThroughTheTable(string name)
    {
        var encoding = LegacyFontEncoding.All.Single(e => e.Name == name);
        var letters = LegacyFontSamples.AllLowerCaseLetters;

        var glyphs = encoding.FromUnicode(letters);

        Assert.DoesNotContain(glyphs, c => c > '\u00FF');
        Assert.Equal(letters, encoding.ToUnicode(glyphs));
    }

    [Fact]
    public void VniKeepsUpperCaseToneLetters()
    {
        const string Text = "ĐẢNG BỘ HUYỆN YÊN LẠC TỔ CHỨC ĐẠI HỘI";

        Assert.Equal(Text, LegacyFontEncoding.Vni.ToUnicode(LegacyFontEncoding.Vni.FromUnicode(Text)));
    }

    [Theory]
    [InlineData("§¶ng bé huyÖn", "Đảng bộ huyện")]
    [InlineData("Ban Th­êng vô", "Ban Thường vụ")]
    public void Tcvn3GlyphsAsReadInLatin1BecomeUnicode(string glyphs, string expected) =>
        Assert.Equal(expected, LegacyFontEncoding.Tcvn3.ToUnicode(glyphs));

    [Theory]
    [InlineData("Ñaûng boä huyeän", "Đảng bộ huyện")]
    [InlineData("Ban Thöôøng vuï", "Ban Thường vụ")]
    public void VniTwoCharacterSequencesBecomeOneLetter(string glyphs, string expected) =>
        Assert.Equal(expected, LegacyFontEncoding.Vni.ToUnicode(glyphs));

    [Fact]
    public void AsciiPassesThroughUnchanged()
    {
        const string Ascii = "Nghi quyet 06-NQ/HU, ngay 12/3/2019 (http://example.vn).";

        Assert.Equal(Ascii, LegacyFontEncoding.Tcvn3.ToUnicode(Ascii));
        Assert.Equal(Ascii, LegacyFontEncoding.Vni.ToUnicode(Ascii));
    }
}
