namespace ChiBo.Ingest.Tests.Sources.LegacyFonts;

/// <summary>Vietnamese text for legacy-font tests; encoded with the tables in reverse to make the legacy inputs.</summary>
internal static class LegacyFontSamples
{
    public const string AllLowerCaseLetters =
        "aàảãáạ ăằẳẵắặ âầẩẫấậ đ eèẻẽéẹ êềểễếệ iìỉĩíị oòỏõóọ ôồổỗốộ ơờởỡớợ uùủũúụ ưừửữứự yỳỷỹýỵ";

    /// <summary>A party-news paragraph, lower-case after its first letters so TCVN3's plain font can hold it.</summary>
    public const string Article =
        "Đảng bộ huyện Yên Lạc tổ chức hội nghị sơ kết một năm thực hiện nghị quyết số 06 về nâng cao chất lượng sinh hoạt chi bộ. " +
        "Đến nay, toàn huyện có một trăm hai mươi chi bộ thực hiện nghiêm túc chế độ sinh hoạt định kỳ hằng tháng; " +
        "tỷ lệ đảng viên tham gia sinh hoạt đạt trên chín mươi phần trăm. Các chi bộ đã tổ chức nhiều buổi sinh hoạt chuyên đề, " +
        "góp phần nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng. Phát biểu tại hội nghị, đồng chí bí thư huyện ủy " +
        "đề nghị các cấp ủy tiếp tục đổi mới nội dung, hình thức sinh hoạt chi bộ, gắn với việc học tập và làm theo tư tưởng, " +
        "đạo đức, phong cách Hồ Chí Minh.";
}
