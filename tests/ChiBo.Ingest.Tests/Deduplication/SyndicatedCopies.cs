namespace ChiBo.Ingest.Tests.Deduplication;

/// <summary>Articles and the edits a syndicating site makes to them: a new headline, its own footer, a shortened lead.</summary>
internal static class SyndicatedCopies
{
    public const string Original =
        "Huyện ủy Yên Lạc sơ kết một năm thực hiện Nghị quyết số 06-NQ/HU\n\n" +
        "Sáng 12/3, Ban Thường vụ Huyện ủy Yên Lạc tổ chức hội nghị sơ kết một năm thực hiện Nghị quyết số 06-NQ/HU về nâng cao chất lượng sinh hoạt chi bộ. " +
        "Đến nay, toàn huyện có 124 chi bộ thực hiện nghiêm túc chế độ sinh hoạt định kỳ hằng tháng; tỷ lệ đảng viên tham gia sinh hoạt đạt trên 95%. " +
        "Các chi bộ đã tổ chức 312 buổi sinh hoạt chuyên đề, góp phần nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng. " +
        "Nhiều chi bộ nông thôn đã gắn sinh hoạt với việc bàn biện pháp phát triển kinh tế, xây dựng nông thôn mới, giữ gìn an ninh trật tự ở khu dân cư. " +
        "Phát biểu tại hội nghị, đồng chí Bí thư Huyện ủy đề nghị các cấp ủy tiếp tục đổi mới nội dung, hình thức sinh hoạt chi bộ, gắn với việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; " +
        "đồng thời tăng cường kiểm tra, giám sát việc thực hiện nghị quyết ở các chi bộ, kịp thời biểu dương những cách làm hay, chấn chỉnh những nơi sinh hoạt còn hình thức.\n\n" +
        "Minh Anh";

    /// <summary>The same story as a provincial portal republishes it.</summary>
    public static string Republished(string original) =>
        "Yên Lạc: nâng cao chất lượng sinh hoạt chi bộ sau một năm thực hiện nghị quyết\n\n" +
        original[(original.IndexOf("\n\n", StringComparison.Ordinal) + 2)..original.LastIndexOf("\n\n", StringComparison.Ordinal)] +
        "\n\nTheo Báo Vĩnh Phúc. Bản quyền thuộc về tòa soạn.";

    /// <summary>Another article on the same subject, from the same template: similar words, different facts.</summary>
    public const string SameSubjectOtherStory =
        "Huyện ủy Sông Lô tổng kết công tác xây dựng Đảng năm 2023\n\n" +
        "Chiều 28/12, Huyện ủy Sông Lô tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2023 và triển khai nhiệm vụ năm 2024. " +
        "Trong năm, toàn Đảng bộ đã kết nạp 186 đảng viên mới, đạt 103% kế hoạch; 92% tổ chức cơ sở đảng được xếp loại hoàn thành tốt nhiệm vụ trở lên. " +
        "Công tác kiểm tra, giám sát được tăng cường, Ủy ban Kiểm tra Huyện ủy đã kiểm tra 14 tổ chức đảng và 31 đảng viên khi có dấu hiệu vi phạm. " +
        "Hội nghị cũng chỉ ra những hạn chế như chất lượng sinh hoạt ở một số chi bộ chưa cao, việc phát triển đảng viên trong doanh nghiệp ngoài nhà nước còn khó khăn. " +
        "Năm 2024, huyện phấn đấu kết nạp 180 đảng viên mới, hoàn thành việc kiện toàn cấp ủy cơ sở và chuẩn bị tốt cho đại hội đảng bộ các cấp.\n\n" +
        "Hoàng Long";
}
