using FrontDesk.Bot.Notifications;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Notifications;
using FrontDesk.Tests.Harness;
using Microsoft.Bot.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Tests.Notifications;

// The app on a fake clock with the background sender off, so each test drives the outbox pass by pass.
public sealed class OutboxHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 30, 1, 0, 0, TimeSpan.Zero);

    // Calls before this mark were the set-up's chat (greetings), not notifications.
    private int _setupDone;

    public OutboxHarness(Action<FrontDeskApp>? configure = null, FakeTeamsChannel? channel = null, FakeTimeProvider? clock = null)
    {
        Clock = clock ?? new FakeTimeProvider(Start);
        var app = new FrontDeskApp(Clock);
        app.Settings["Notifications:SendInBackground"] = "false";
        configure?.Invoke(app);
        Teams = channel is null ? new TeamsHarness(app) : new TeamsHarness(app, channel);
        Teams.Channel.Clock = Clock;
    }

    public FakeTimeProvider Clock { get; }

    public TeamsHarness Teams { get; }

    public FakeTeamsChannel Channel => Teams.Channel;

    public Outbox Outbox => Teams.App.Services.GetRequiredService<Outbox>();

    public NotificationSender Sender => Teams.App.Services.GetRequiredService<NotificationSender>();

    // The round that tells the desk of late notices (its worker is off here, as the sender is).
    public LateNotices Late => Teams.App.Services.GetRequiredService<LateNotices>();

    // A tenant member who has talked to the bot, so their personal chat is known.
    public async Task<TeamsUser> TenantInChatAsync(string name = "Alice", string company = "Contoso")
    {
        var user = await Teams.AddTenantAsync(company, name, $"{name.ToLowerInvariant()}@{company.ToLowerInvariant()}.com");
        await Teams.SayAsync(user, "hi");
        _setupDone = Channel.MarkCalls();
        return user;
    }

    public async Task<TeamsUser> StaffInChatAsync(string name = "Desk", string locale = "en-US")
    {
        var user = await Teams.AddStaffAsync(name, $"{name.ToLowerInvariant()}@building.com", StaffRole.Staff);
        await Teams.SayAsync(user, "hi", locale);
        _setupDone = Channel.MarkCalls();
        return user;
    }

    public Task<Notification> EnqueueAsync(string key, NotificationTarget target, string text, string kind = "visit.arrival",
        string? relatedTo = "visit:42", string? replaces = null) =>
        Teams.EnqueueAsync(new NotificationRequest(key, target, NotificationActivity.Json(MessageFactory.Text(text)), kind, relatedTo, replaces));

    public Task<DrainSummary> DrainAsync() => Sender.DrainOnceAsync();

    public async Task<Notification> RowAsync(string key) =>
        await Teams.NotificationAsync(key) ?? throw new InvalidOperationException($"No notification {key}.");

    public Task<List<Notification>> RowsAsync() => Teams.WithDbAsync(db => db.Notifications.OrderBy(n => n.Id).ToListAsync());

    // Every send or update the bot tried in that user's personal chat since the set-up, accepted or not.
    public IReadOnlyList<RecordedCall> TriedTo(TeamsUser user) =>
        [.. Channel.CallsSince(_setupDone).Where(c => c.ConversationId == user.ConversationId && c.Method is "POST" or "PUT" && c.Body is not null)];

    // What the channel accepted there: what the user saw.
    public IReadOnlyList<RecordedCall> DeliveredTo(TeamsUser user) => [.. TriedTo(user).Where(c => c.Status is >= 200 and < 300)];

    public void AdvanceTo(DateTimeOffset when)
    {
        if (when > Clock.GetUtcNow())
        {
            Clock.SetUtcNow(when);
        }
    }

    // Moves the clock to when the outbox has something due next (each conversation's first row); false when nothing is.
    public async Task<bool> AdvanceToNextDueAsync()
    {
        if (await Teams.App.Services.GetRequiredService<OutboxDeliveries>().NextDueAsync() is not { } due)
        {
            return false;
        }
        AdvanceTo(due);
        return true;
    }

    // Drains and moves the clock on until the condition holds or nothing is due (at most that many passes); with
    // lateChecks, the late-notice round runs after each pass as its worker would.
    public async Task DrainUntilAsync(Func<Task<bool>> done, int passes = 500, bool lateChecks = false)
    {
        for (var pass = 0; pass < passes && !await done(); pass++)
        {
            await DrainAsync();
            if (lateChecks)
            {
                await Late.RunOnceAsync();
            }
            if (!await done() && !await AdvanceToNextDueAsync())
            {
                return;
            }
        }
    }

    // For what happens on real threads (a send hanging in the channel): polls until true or the time is up.
    public static async Task<bool> EventuallyAsync(Func<Task<bool>> condition, TimeSpan within)
    {
        var until = DateTime.UtcNow + within;
        while (DateTime.UtcNow < until)
        {
            if (await condition())
            {
                return true;
            }
            await Task.Delay(20);
        }
        return await condition();
    }

    // Group chats the bot is in, reached like the user's own chat (same service and tenant).
    public async Task<List<string>> GroupChatsLikeAsync(TeamsUser user, int count)
    {
        var references = Teams.App.Services.GetRequiredService<ConversationReferences>();
        var known = await Teams.WithDbAsync(db => db.ConversationReferences.AsNoTracking().SingleAsync(r => r.ConversationId == user.ConversationId));
        var ids = new List<string>();
        for (var i = 1; i <= count; i++)
        {
            var id = $"19:chat-{i}@thread.v2";
            var reference = JObject.Parse(known.ReferenceJson);
            reference["conversation"]!["id"] = id;
            await references.UpsertAsync(new ConversationReferenceRecord
            {
                ChannelId = known.ChannelId,
                ConversationId = id,
                ConversationType = "groupChat",
                TenantId = known.TenantId,
                ServiceUrl = known.ServiceUrl,
                ReferenceJson = reference.ToString(),
            });
            ids.Add(id);
        }
        return ids;
    }

    public ValueTask DisposeAsync() => Teams.DisposeAsync();
}
