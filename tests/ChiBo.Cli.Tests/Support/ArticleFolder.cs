using System.Globalization;
using System.Text;

namespace ChiBo.Cli.Tests.Support;

/// <summary>A temporary folder of distinct, realistic article files (and broken ones on request).</summary>
internal sealed class ArticleFolder : IDisposable
{
    private static readonly string[] Districts = ["Yên Lạc", "Sông Lô", "Mê Linh", "Tam Dương", "Lập Thạch", "Bình Xuyên", "Vĩnh Tường", "Tam Đảo"];

    public ArticleFolder() => Path = Directory.CreateTempSubdirectory("chibo-cli-articles-").FullName;

    public string Path { get; }

    /// <summary>Writes <paramref name="count"/> distinct articles as .txt files; returns their titles.</summary>
    public IReadOnlyList<string> WriteArticles(int count, int offset = 0)
    {
        var titles = new List<string>(count);
        for (var i = offset; i < offset + count; i++)
        {
            var district = Districts[i % Districts.Length];
            var n = i.ToString(CultureInfo.InvariantCulture);
            var title = $"Huyện ủy {district} sơ kết thực hiện Nghị quyết số {i % 90 + 1:00}-NQ/HU, đợt {n}";
            var text = new StringBuilder()
                .AppendLine(title).AppendLine()
                .AppendLine(CultureInfo.InvariantCulture, $"Ngày đăng: {i % 28 + 1:00}/{i % 12 + 1:00}/20{18 + i % 6}").AppendLine()
                .AppendLine(CultureInfo.InvariantCulture, $"Sáng nay, Ban Thường vụ Huyện ủy {district} tổ chức hội nghị sơ kết việc thực hiện Nghị quyết số {i % 90 + 1:00}-NQ/HU về nâng cao chất lượng sinh hoạt chi bộ (bài số {n}).")
                .AppendLine()
                .AppendLine(CultureInfo.InvariantCulture, $"Đến nay, toàn huyện có {100 + i} chi bộ thực hiện nghiêm túc chế độ sinh hoạt định kỳ; tỷ lệ đảng viên tham gia sinh hoạt đạt trên {80 + i % 20}%. Các chi bộ đã tổ chức {i + 12} buổi sinh hoạt chuyên đề, góp phần nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng.")
                .AppendLine()
                .AppendLine("Phát biểu tại hội nghị, đồng chí Bí thư Huyện ủy đề nghị các cấp ủy tiếp tục đổi mới nội dung, hình thức sinh hoạt chi bộ, gắn với việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.")
                .AppendLine()
                .AppendLine(CultureInfo.InvariantCulture, $"Phóng viên {n}");
            File.WriteAllText(System.IO.Path.Combine(Path, $"bai-{n}.txt"), text.ToString(), new UTF8Encoding(false));
            titles.Add(title);
        }

        return titles;
    }

    /// <summary>Writes a file; <paramref name="name"/> may name a subfolder ("pages/a.html").</summary>
    public void WriteBytes(string name, byte[] bytes)
    {
        var path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Leftover temp files are harmless.
        }
    }
}
