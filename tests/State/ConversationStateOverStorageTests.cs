using FrontDesk.Bot.Hosting.State;
using FrontDesk.Data.State;
using FrontDesk.Tests.Harness;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Tests.State;

public class ConversationStateOverStorageTests
{
    public sealed class CheckInForm
    {
        public string? VisitorName { get; set; }
        public int Turns { get; set; }
    }

    // Just enough of an adapter to run turns in a test: nothing is sent anywhere.
    private sealed class QuietAdapter : BotAdapter
    {
        public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken) =>
            Task.FromResult(activities.Select(_ => new ResourceResponse(Guid.NewGuid().ToString())).ToArray());

        public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
            throw new NotSupportedException();
    }

    [Fact]
    public async Task A_conversation_property_survives_between_turns()
    {
        using var database = new TestDatabase();
        var storage = new DocumentBotStorage(new BotStateStore(database, database.Clock));

        await TurnAsync(storage, "Ada Lovelace");
        var form = await TurnAsync(storage, null);

        Assert.Equal("Ada Lovelace", form.VisitorName);
        Assert.Equal(2, form.Turns);
        await using var db = database.CreateDbContext();
        var row = await db.BotState.SingleAsync();
        Assert.Equal("msteams/conversations/lobby-42", row.Key);
        Assert.Contains("Ada Lovelace", row.Json, StringComparison.Ordinal);
    }

    // Every turn gets a fresh ConversationState, as each request does in the app, so nothing is cached.
    private static async Task<CheckInForm> TurnAsync(IStorage storage, string? name)
    {
        var state = new ConversationState(storage);
        var accessor = state.CreateProperty<CheckInForm>("checkIn");
        var activity = new Activity(ActivityTypes.Message)
        {
            ChannelId = "msteams",
            Conversation = new ConversationAccount(id: "lobby-42"),
            From = new ChannelAccount("user-1"),
            Recipient = new ChannelAccount("bot"),
            Text = name ?? "next",
        };
        using var turn = new TurnContext(new QuietAdapter(), activity);
        var form = await accessor.GetAsync(turn, () => new CheckInForm());
        form.Turns++;
        form.VisitorName ??= name;
        await state.SaveChangesAsync(turn);
        return form;
    }
}
