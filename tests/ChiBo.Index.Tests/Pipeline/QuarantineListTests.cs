using ChiBo.Index.Pipeline;

namespace ChiBo.Index.Tests.Pipeline;

public sealed class QuarantineListTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 6, 0, 0, TimeSpan.Zero);
    private readonly string _dir = Directory.CreateTempSubdirectory("chibo-quarantine-").FullName;

    [Fact]
    public void FailuresAreListedWithPathLineReasonAndTime()
    {
        var list = new QuarantineList(Path.Combine(_dir, "data", QuarantineList.FileName));

        var added = list.Append(
            [
                new IngestOutcome("a/empty.txt", IngestStatus.Failed, Error: "empty file"),
                new IngestOutcome("a/ok.txt", IngestStatus.Created, "0123"),
                new IngestOutcome("a/dump.jsonl.gz#L12", IngestStatus.Failed, Error: "invalid JSON"),
            ],
            Now);

        Assert.Equal(2, added);
        Assert.Equal(
            [new QuarantineList.Entry("a/empty.txt", null, "empty file", Now), new QuarantineList.Entry("a/dump.jsonl.gz", 12, "invalid JSON", Now)],
            list.Read());
    }

    [Fact]
    public void TheSameFailureAgainIsNotListedTwice()
    {
        var list = new QuarantineList(Path.Combine(_dir, QuarantineList.FileName));
        IngestOutcome[] failures = [new("b.txt", IngestStatus.Failed, Error: "binary data")];
        list.Append(failures, Now);
        var before = File.ReadAllText(list.Path);

        var added = list.Append(failures, Now.AddHours(1));

        Assert.Equal(0, added);
        Assert.Equal(before, File.ReadAllText(list.Path));
    }

    [Fact]
    public void AHalfWrittenLastLineDoesNotHideTheOthers()
    {
        var path = Path.Combine(_dir, QuarantineList.FileName);
        var list = new QuarantineList(path);
        list.Append([new IngestOutcome("c.txt", IngestStatus.Failed, Error: "empty file")], Now);
        File.AppendAllText(path, "{\"path\":\"d.txt\",\"rea");

        Assert.Single(list.Read());
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
