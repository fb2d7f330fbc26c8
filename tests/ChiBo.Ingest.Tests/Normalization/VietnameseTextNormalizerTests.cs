using ChiBo.Ingest.Normalization;

namespace ChiBo.Ingest.Tests.Normalization;

public class VietnameseTextNormalizerTests
{
    [Theory]
    [InlineData("uỷ", "ủy")]
    [InlineData("Huyện uỷ", "Huyện ủy")]
    [InlineData("hoà", "hòa")]
    [InlineData("thuỷ", "thủy")]
    [InlineData("khoẻ", "khỏe")]
    [InlineData("hoá", "hóa")]
    [InlineData("quý", "quý")]
    [InlineData("qúy", "quý")]
    [InlineData("giá", "giá")]
    [InlineData("gìn", "gìn")]
    [InlineData("hoàn", "hoàn")]
    [InlineData("tòan", "toàn")]
    [InlineData("lựơng", "lượng")]
    [InlineData("qủa", "quả")]
    [InlineData("thuận", "thuận")]
    [InlineData("khuyến", "khuyến")]
    [InlineData("ngoài", "ngoài")]
    [InlineData("người", "người")]
    [InlineData("khuỷu", "khuỷu")]
    [InlineData("Ðảng", "Đảng")]
    [InlineData("e\u0301", "é")]
    [InlineData("u\u031B\u0309", "ử")]
    public void PlacesToneMarksCanonically(string input, string expected) =>
        Assert.Equal(expected, VietnameseTextNormalizer.Normalize(input));

    [Fact]
    public void OldAndNewPlacementNormalizeToTheSameText() =>
        Assert.Equal(VietnameseTextNormalizer.Normalize("Uỷ ban hoà giải"), VietnameseTextNormalizer.Normalize("Ủy ban hòa giải"));

    [Fact]
    public void CleansNonBreakingAndZeroWidthSpaces() =>
        Assert.Equal("chi bộ", VietnameseTextNormalizer.Normalize("chi\u00A0b\u200Bộ"));

    [Theory]
    [InlineData("Nghị quyết", "Nghi quyet")]
    [InlineData("Đảng ủy", "Dang uy")]
    [InlineData("Trung ương", "Trung uong")]
    [InlineData("TƯ", "TU")]
    public void FoldStripsMarksAndMapsDToD(string input, string expected) =>
        Assert.Equal(expected, VietnameseTextNormalizer.Fold(input));

    [Theory]
    [InlineData("06-NQ/HU")]
    [InlineData("29.255")]
    [InlineData("COVID")]
    public void LeavesNonSyllablesAlone(string input) => Assert.Equal(input, VietnameseTextNormalizer.Normalize(input));
}
