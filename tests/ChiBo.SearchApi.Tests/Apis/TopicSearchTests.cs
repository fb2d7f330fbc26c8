using System.Text.Json;
using ChiBo.SearchApi.Tests.Support;

namespace ChiBo.SearchApi.Tests.Apis;

/// <summary>The topic filter, facet and document field through the real server, over seeds plus three news articles.</summary>
public sealed class TopicSearchTests(TopicCorpusServer server) : IClassFixture<TopicCorpusServer>
{
    [Theory]
    [InlineData("topic=" + "Th%E1%BB%83%20thao", "the-thao")]
    [InlineData("topic=the+thao", "the-thao")]
    [InlineData("topic=SK", "suc-khoe")]
    [InlineData("q=topic%3A%22vi+tinh%22", "vi-tinh")]
    [InlineData("q=ph%E1%BA%A7n+m%E1%BB%81m+topic%3AVT", "vi-tinh")]
    public async Task TopicFilterKeepsOnlyArticlesOfThatTopic(string query, string article)
    {
        var result = await server.GetJsonAsync("/api/search?size=100&" + query);

        Assert.Equal([TopicCorpusServer.IdOf(article)], Ids(result));
    }

    [Fact]
    public async Task TopicFilterCombinesWithTheQuery()
    {
        var result = await server.GetJsonAsync("/api/search?q=" + Uri.EscapeDataString("bác sĩ") + "&topic=" + Uri.EscapeDataString("Thể thao"));

        Assert.Equal(0, result.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task TopicFacetCountsEveryMatchingArticleByTopic()
    {
        var result = await server.GetJsonAsync("/api/search?size=1");

        var topics = result.GetProperty("facets").GetProperty("topic").EnumerateArray()
            .ToDictionary(f => f.GetProperty("value").GetString()!, f => f.GetProperty("count").GetInt32());
        Assert.Equal(1, topics["Thể thao"]);
        Assert.Equal(1, topics["Sức khỏe"]);
        Assert.Equal(1, topics["Vi tính"]);
        Assert.True(topics.Values.Sum() <= result.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task SeedPartyArticlesAreFiledUnderPoliticsAndSociety()
    {
        var result = await server.GetJsonAsync("/api/search?size=1");

        var topics = result.GetProperty("facets").GetProperty("topic").EnumerateArray()
            .ToDictionary(f => f.GetProperty("value").GetString()!, f => f.GetProperty("count").GetInt32());
        Assert.Equal(5, topics.GetValueOrDefault("Chính trị Xã hội"));
    }

    [Fact]
    public async Task DocumentJsonShowsTheTopicAndItsConfidence()
    {
        var doc = await server.GetJsonAsync("/api/documents/" + TopicCorpusServer.IdOf("the-thao"));

        var topic = doc.GetProperty("topic");
        Assert.Equal("Thể thao", topic.GetProperty("topic").GetString());
        Assert.Equal("Thể thao", topic.GetProperty("closest").GetString());
        Assert.InRange(topic.GetProperty("confidence").GetDouble(), Extract.Topics.TopicClassifier.DefaultThreshold, 1.0);
    }

    [Theory]
    [InlineData("topic=b%C3%B3ng+%C4%91%C3%A1")]
    [InlineData("topic=politics")]
    public async Task UnknownTopicParameterIsAProblemDetailsNamingIt(string query)
    {
        using var response = await server.Http.GetAsync(new Uri("/api/search?" + query, UriKind.Relative));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Thể thao", body.GetProperty("errors").GetProperty("topic")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownTopicInTheQueryIsABadRequestAtItsPosition()
    {
        using var response = await server.Http.GetAsync(new Uri("/api/search?q=" + Uri.EscapeDataString("chi bộ topic:sport"), UriKind.Relative));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(7, body.GetProperty("position").GetInt32());
    }

    private static List<string> Ids(JsonElement result) =>
        [.. result.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!)];
}
