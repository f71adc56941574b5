using System.Text.Json;
using FrontDesk.Bot.Channels.Lobby.DirectLine;
using FrontDesk.Tests.Harness;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using static FrontDesk.Tests.Channels.Lobby.DirectLineTestClient;

namespace FrontDesk.Tests.Channels.Lobby;

public class LobbyAdapterTests
{
    [Fact]
    public async Task A_proactive_message_reaches_the_waiting_visitor_and_an_update_replaces_it_on_the_stream()
    {
        using var app = new FrontDeskApp();
        var client = await StartAsync(app);
        using var socket = await client.ConnectStreamAsync();
        var greeting = await socket.WaitForAsync(IsFromBot);
        var adapter = app.Services.GetRequiredService<LobbyAdapter>();

        string? sentId = null;
        await adapter.ContinueConversationAsync(LobbyAdapter.BotAccount.Id, Reference(greeting), async (turn, ct) =>
        {
            sentId = (await turn.SendActivityAsync("Your host is on the way.", cancellationToken: ct)).Id;
            var update = MessageFactory.Text("Your host is in the lobby now.");
            update.Id = sentId;
            await turn.UpdateActivityAsync(update, ct);
        }, CancellationToken.None);

        var sent = await socket.WaitForAsync(IsFromBot);
        var updated = await socket.WaitForAsync(IsFromBot);
        Assert.Equal("Your host is on the way.", Text(sent));
        Assert.Equal(sentId, updated.GetProperty("id").GetString());
        Assert.Equal("Your host is in the lobby now.", Text(updated));
        var (log, _) = await client.GetActivitiesAsync();
        Assert.Equal(["Your host is in the lobby now."], log.Where(a => a.GetProperty("id").GetString() == sentId).Select(Text));
    }

    [Fact]
    public async Task A_reply_names_the_visitors_message_and_a_proactive_message_names_nothing_Web_Chat_would_wait_for()
    {
        using var app = new FrontDeskApp();
        var client = await StartAsync(app);
        using var socket = await client.ConnectStreamAsync();
        await socket.WaitForAsync(IsFromBot);
        using (await client.PostTextAsync("hello"))
        {
        }
        var said = await socket.WaitForAsync(a => !IsFromBot(a));
        var reply = await socket.WaitForAsync(IsFromBot);
        var adapter = app.Services.GetRequiredService<LobbyAdapter>();

        await adapter.ContinueConversationAsync(LobbyAdapter.BotAccount.Id, Reference(reply),
            (turn, ct) => turn.SendActivityAsync("Your host is on the way.", cancellationToken: ct), CancellationToken.None);

        var relayed = await socket.WaitForAsync(a => IsFromBot(a) && Text(a) == "Your host is on the way.");
        Assert.Equal(said.GetProperty("id").GetString(), reply.GetProperty("replyToId").GetString());
        Assert.False(relayed.TryGetProperty("replyToId", out _));
    }

    [Fact]
    public async Task A_deleted_activity_is_gone_for_a_client_that_polls_or_reconnects()
    {
        using var app = new FrontDeskApp();
        var client = await StartAsync(app);
        var greeting = (await client.GetActivitiesAsync()).Activities[0];
        var adapter = app.Services.GetRequiredService<LobbyAdapter>();

        await adapter.ContinueConversationAsync(LobbyAdapter.BotAccount.Id, Reference(greeting),
            (turn, ct) => turn.DeleteActivityAsync(greeting.GetProperty("id").GetString()!, ct), CancellationToken.None);

        Assert.Empty((await client.GetActivitiesAsync()).Activities);
    }

    [Fact]
    public async Task Continuing_a_conversation_that_no_longer_exists_says_so()
    {
        using var app = new FrontDeskApp();
        _ = app.CreateClient();
        var adapter = app.Services.GetRequiredService<LobbyAdapter>();
        var reference = new ConversationReference
        {
            ChannelId = "directline",
            Conversation = new ConversationAccount(id: "gone"),
            Bot = LobbyAdapter.BotAccount,
            User = new ChannelAccount("dl_someone"),
        };

        await Assert.ThrowsAsync<LobbyConversationGoneException>(() =>
            adapter.ContinueConversationAsync(LobbyAdapter.BotAccount.Id, reference, (turn, ct) => turn.SendActivityAsync("hello", cancellationToken: ct), CancellationToken.None));
    }

    private static ConversationReference Reference(JsonElement botActivity) => new()
    {
        ChannelId = "directline",
        ServiceUrl = botActivity.TryGetProperty("serviceUrl", out var url) ? url.GetString() : null,
        Conversation = new ConversationAccount(id: botActivity.GetProperty("conversation").GetProperty("id").GetString()),
        Bot = LobbyAdapter.BotAccount,
        User = new ChannelAccount(botActivity.GetProperty("recipient").GetProperty("id").GetString()),
    };
}
