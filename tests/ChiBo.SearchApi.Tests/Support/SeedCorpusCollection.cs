namespace ChiBo.SearchApi.Tests.Support;

/// <summary>One server for all API tests over the seed corpus: building the index once keeps the suite fast.</summary>
[CollectionDefinition(Name)]
public sealed class SeedCorpusCollection : ICollectionFixture<SeedCorpusServer>
{
    public const string Name = "seed corpus server";
}
