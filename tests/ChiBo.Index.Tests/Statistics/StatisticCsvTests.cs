using System.Text;
using ChiBo.Index.Statistics;
using ChiBo.TestSupport;

namespace ChiBo.Index.Tests.Statistics;

public class StatisticCsvTests
{
    [Fact]
    public void QuotesCommasAndLineBreaksInSentencesSurviveAStandardReader()
    {
        var awkward = "Đồng chí nói: \"đạt 85%, vượt chỉ tiêu\",\r\nrồi xuống dòng\nlần nữa; và \"\"kết thúc\"\"";
        var record = Some.Record(85) with { Sentence = awkward, Title = "Tiêu đề, có dấu phẩy", Subject = " đảng viên " };

        var rows = CsvRows.Parse(Bytes([record, Some.Record(88)]));

        Assert.Equal(2, rows.Count);
        Assert.Equal(awkward, rows[0]["sentence"]);
        Assert.Equal("Tiêu đề, có dấu phẩy", rows[0]["title"]);
        Assert.Equal(" đảng viên ", rows[0]["subject"]);
        Assert.Equal("88", rows[1]["value"]);
    }

    [Fact]
    public void HeaderNamesOneValuePerColumn()
    {
        var header = Encoding.UTF8.GetString(Bytes([])).TrimEnd();

        Assert.Equal(
            "metric,value,upper,qualifier,unit,kind,numerator,denominator,locality,province,period,derived,derivedFrom,consistency,change,subject,sentence,start,end,documentId,title,published,url",
            header);
    }

    [Fact]
    public void NumbersUseDecimalPointsAndDatesAreIso()
    {
        var record = Some.Record(93.27m, published: "2024-06-20T16:48:00+07:00") with { Upper = 95.5m, Numerator = 4051, Denominator = 5262 };

        var row = Assert.Single(CsvRows.Parse(Bytes([record])));

        Assert.Equal("93.27", row["value"]);
        Assert.Equal("95.5", row["upper"]);
        Assert.Equal("5262", row["denominator"]);
        Assert.Equal("2024-06-20T16:48:00+07:00", row["published"]);
        Assert.Equal("huyện Yên Lạc", row["locality"]);
        Assert.Equal("Vĩnh Phúc", row["province"]);
        Assert.Equal("false", row["derived"]);
    }

    [Fact]
    public void DerivedRowListsItsSources()
    {
        var derived = Some.Record(93.27m) with
        {
            Derived = true,
            Derivation = "sum",
            Start = null,
            End = null,
            DerivedFrom = [new(16.28m, "percentage", "%", "exact", "members.rated_excellent_rate", "16,28%", 1, 7, "…"), new(76.99m, "percentage", "%", "exact", "members.rated_good_rate", "76,99%", 9, 15, "…")],
        };

        var row = Assert.Single(CsvRows.Parse(Bytes([derived])));

        Assert.Equal("true", row["derived"]);
        Assert.Equal("16.28% + 76.99%", row["derivedFrom"]);
        Assert.Equal(string.Empty, row["start"]);
    }

    [Fact]
    public void RowsEndInCrLfAndThereIsNoByteOrderMark()
    {
        var bytes = Bytes([Some.Record(85)]);
        var text = Encoding.UTF8.GetString(bytes);

        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Equal(2, text.Split("\r\n").Length - 1);
    }

    private static byte[] Bytes(IEnumerable<StatisticRecord> records)
    {
        using var writer = new StringWriter();
        StatisticCsv.Write(writer, records);
        return new UTF8Encoding(false).GetBytes(writer.ToString());
    }
}
