using System.Net;
using FrontDesk.Tests.Harness;

namespace FrontDesk.Tests.Channels.Teams;

public class MessagesEndpointTests
{
    [Theory]
    [InlineData("{not json", "not valid JSON")]
    [InlineData("[1,2,3]", "must be a JSON object")]
    [InlineData("{\"text\":\"hi\"}", "no 'type'")]
    [InlineData("{\"type\":\"message\",\"conversation\":{\"id\":\"a\"}}", "serviceUrl")]
    [InlineData("{\"type\":\"message\",\"serviceUrl\":\"ftp://x\",\"conversation\":{\"id\":\"a\"}}", "serviceUrl")]
    [InlineData("{\"type\":\"message\",\"serviceUrl\":\"http://127.0.0.1:9/\"}", "conversation.id")]
    [InlineData("", "not valid JSON")]
    public async Task A_body_that_is_not_an_activity_gets_400_with_the_reason(string body, string reason)
    {
        await using var teams = new TeamsHarness();
        using var response = await teams.PostRawAsync(body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, text, StringComparison.Ordinal);
        Assert.Empty(teams.Channel.Activities);
    }
}
