using System.Text;
using ChiBo.Ingest.Sources;
using ChiBo.Ingest.Sources.LegacyFonts;
using ChiBo.Ingest.Tests.Sources.LegacyFonts;

namespace ChiBo.Ingest.Tests.Sources;

public sealed class TextDecoderTests
{
    [Fact]
    public void Tcvn3BytesAreConvertedAndTheConversionRecorded()
    {
        var bytes = Encoding.Latin1.GetBytes(LegacyFontEncoding.Tcvn3.FromUnicode(LegacyFontSamples.Article));

        Assert.True(TextDecoder.TryDecode(bytes, lookForMetaCharset: false, out var text, out var conversion, out var error), error);

        Assert.Equal(LegacyFontSamples.Article.ToLowerInvariant(), text.ToLowerInvariant());
        Assert.Equal("TCVN3→Unicode", conversion);
    }

    [Fact]
    public void VniPageSavedAsUtf8GlyphsIsConverted()
    {
        var html = $"<html><head><meta charset=\"utf-8\"></head><body><p><font face=\"VNI-Times\">{LegacyFontEncoding.Vni.FromUnicode(LegacyFontSamples.Article)}</font></p></body></html>";

        Assert.True(TextDecoder.TryDecode(Encoding.UTF8.GetBytes(html), lookForMetaCharset: true, out var text, out var conversion, out var error), error);

        Assert.Contains(LegacyFontSamples.Article, text, StringComparison.Ordinal);
        Assert.Equal("VNI→Unicode", conversion);
    }

    [Fact]
    public void Tcvn3PageDeclaredAsWindows1252IsConverted()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var html = $"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"><style>p {{ font-family: .VnTime; }}</style></head><body><p>{LegacyFontEncoding.Tcvn3.FromUnicode(LegacyFontSamples.Article)}</p></body></html>";

        Assert.True(TextDecoder.TryDecode(Encoding.GetEncoding(1252).GetBytes(html), lookForMetaCharset: true, out var text, out var conversion, out var error), error);

        Assert.Contains(LegacyFontSamples.Article.ToLowerInvariant(), text.ToLowerInvariant(), StringComparison.Ordinal);
        Assert.Equal("TCVN3→Unicode", conversion);
    }

    [Fact]
    public void OrdinaryUtf8VietnameseIsLeftAsItIs()
    {
        const string Text = "Giá vàng hôm nay tăng 0,5% © Báo Nhân Dân ® µ ¶ « » — " + LegacyFontSamples.Article;

        Assert.True(TextDecoder.TryDecode(Encoding.UTF8.GetBytes(Text), lookForMetaCharset: false, out var text, out var conversion, out _));

        Assert.Equal(Text, text);
        Assert.Null(conversion);
    }
}
