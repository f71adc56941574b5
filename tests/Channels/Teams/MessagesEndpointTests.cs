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
    [InlineData("{\"type\":\"message\",\"serviceUrl\":\"http://127.0.0.1:9/\",\"conversation\":{\"id\":\"a\"}}", "channelId")]
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

    // Forged: a message as some clients send it, without a "recipient"; it is answered like any other.
    [Fact]
    public async Task A_message_without_a_recipient_is_answered_like_any_other()
    {
        await using var teams = new TeamsHarness();
        var desk = await teams.AddStaffAsync("Desk Zhou", "desk@building.com", Data.Directory.StaffRole.Staff);
        var message = desk.Message(teams.Channel.ServiceUrl, "help");
        message.Remove("recipient");

        var reply = Assert.Single(await teams.PostAsync(message), c => c.Card is not null);

        Assert.Contains("Log mail", reply.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain(teams.Channel.Activities, c => c.Text?.Contains("Sorry", StringComparison.Ordinal) == true);
    }
}
