namespace ChiBo.SearchApi.Tests.Support;

/// <summary>A server that starts with an empty index, for tests that write to it.</summary>
public sealed class EmptyCorpusServer() : ChiboServer(Directory.CreateTempSubdirectory("chibo-empty-corpus-").FullName);
