using FrontDesk.Bot.Hosting.State;
using FrontDesk.Data.State;
using FrontDesk.Tests.Harness;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDesk.Tests.State;

// Two app instances on one database (issue 15): a conversation's state written by one is not overwritten by a stale
// copy from the other; the turn holding the stale copy runs again on the newer state. A Teams chat: a kiosk's state on
// SQLite lives in its one host's memory (KioskStateStorage), on PostgreSQL in the same table as this.
public class StateAcrossInstancesTests
{
    public sealed class Taps
    {
        public int Count { get; set; }
    }

    // Runs turns for one conversation through an app's own middleware and state; records what the bot said.
    private sealed class Instance(FrontDeskApp app) : BotAdapter
    {
        private readonly IStatePropertyAccessor<Taps> _taps = app.Services.GetRequiredService<ConversationState>().CreateProperty<Taps>("test.taps");

        public List<string> Said { get; } = [];

        public Instance WithStaleStateRetry()
        {
            Use(app.Services.GetRequiredService<StaleStateRetry>());
            return this;
        }

        // One tap: count it and answer with the count. `meanwhile` runs between reading the state and writing it.
        public Task TapAsync(Func<Task>? meanwhile = null) => RunPipelineAsync(new TurnContext(this, Tap()), async (turn, ct) =>
        {
            var taps = await _taps.GetAsync(turn, () => new Taps(), ct);
            if (meanwhile is not null)
            {
                var once = meanwhile;
                meanwhile = null;
                await once();
            }
            taps.Count++;
            await turn.SendActivityAsync($"tap {taps.Count}", cancellationToken: ct);
            await app.Services.GetRequiredService<ConversationState>().SaveChangesAsync(turn, cancellationToken: ct);
        }, CancellationToken.None);

        public async Task<int> StoredAsync()
        {
            var stored = await app.Services.GetRequiredService<IStorage>().ReadAsync(["msteams/conversations/chat-7"]);
            var document = (IDictionary<string, object>)stored["msteams/conversations/chat-7"];
            return ((Taps)document["test.taps"]).Count;
        }

        public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
        {
            Said.AddRange(activities.Select(a => a.Text));
            return Task.FromResult(activities.Select(_ => new ResourceResponse(Guid.NewGuid().ToString("N"))).ToArray());
        }

        public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        private static Activity Tap() => new(ActivityTypes.Message)
        {
            ChannelId = "msteams",
            Conversation = new ConversationAccount(id: "chat-7"),
            From = new ChannelAccount("member-7"),
            Recipient = new ChannelAccount("bot"),
            Text = "tap",
        };
    }

    private static (FrontDeskApp One, FrontDeskApp Two) TwoApps()
    {
        var one = new FrontDeskApp();
        var two = new FrontDeskApp();
        two.Settings["Database:Path"] = one.DatabasePath;
        _ = one.Services;
        _ = two.Services;
        return (one, two);
    }

    [Fact]
    public async Task A_stale_write_from_another_instance_fails_and_keeps_the_newer_state()
    {
        var (one, two) = TwoApps();
        using (one)
        using (two)
        {
            var first = new Instance(one);
            var second = new Instance(two);
            await first.TapAsync();

            // Without a retry the stale turn fails, and what the other instance wrote stays.
            await Assert.ThrowsAsync<ETagConflictException>(() => second.TapAsync(meanwhile: () => first.TapAsync()));

            Assert.Equal(["tap 1", "tap 2"], first.Said);
            Assert.Equal(2, await first.StoredAsync());
        }
    }

    [Fact]
    public async Task A_turn_that_met_another_instances_newer_state_runs_again_and_answers_from_it()
    {
        var (one, two) = TwoApps();
        using (one)
        using (two)
        {
            var first = new Instance(one).WithStaleStateRetry();
            var second = new Instance(two).WithStaleStateRetry();
            await first.TapAsync();

            await second.TapAsync(meanwhile: () => first.TapAsync());

            Assert.Equal(["tap 1", "tap 2"], first.Said);
            // The stale try's answer went out before its write failed; the try again answers from the newer state.
            Assert.Equal("tap 3", second.Said[^1]);
            Assert.Equal(3, await second.StoredAsync());
        }
    }
}
