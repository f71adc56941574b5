using FrontDesk.Bot.Notifications;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Notifications;
using FrontDesk.Data.Visits;
using FrontDesk.Tests.Channels.Lobby;
using FrontDesk.Tests.Harness;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FrontDesk.Tests.Visits.Kiosk;

// The app on a fake clock (09:00 in Shanghai on Monday 30 November 2026) with the outbox drained by the
// test, a fake Teams for hosts and staff, and visitors at the kiosk on the local Direct Line.
public sealed class KioskHarness : IAsyncDisposable
{
    // Calls before this mark were the set-up's chat (greetings, help cards), not notifications.
    private int _setupDone;

    public static readonly DateTimeOffset Start = new(2026, 11, 30, 1, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = new(2026, 11, 30);

    public KioskHarness(Action<FrontDeskApp>? configure = null)
    {
        Clock = new FakeTimeProvider(Start);
        var app = new FrontDeskApp(Clock);
        app.Settings["Notifications:SendInBackground"] = "false";
        configure?.Invoke(app);
        Teams = new TeamsHarness(app);
        Teams.Channel.Clock = Clock;
    }

    public FakeTimeProvider Clock { get; }

    public TeamsHarness Teams { get; }

    public FakeTeamsChannel Channel => Teams.Channel;

    public T Get<T>() where T : notnull => Teams.App.Services.GetRequiredService<T>();

    public async Task<KioskVisitor> VisitorAsync(string locale = "en-US") =>
        new(await DirectLineTestClient.StartAsync(Teams.App, locale), locale);

    // A tenant member who has said hello to the bot in Teams, so their personal chat is known.
    public async Task<TeamsUser> HostInChatAsync(string name = "Alice Wang", string company = "Contoso")
    {
        var user = await Teams.AddTenantAsync(company, name, $"{name.Replace(' ', '.').ToLowerInvariant()}@{company.ToLowerInvariant()}.com");
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

    public Task<int> MemberIdAsync(TeamsUser user) =>
        Teams.WithDbAsync(db => db.Members.Where(m => m.Email == user.Email.ToLowerInvariant()).Select(m => m.Id).SingleAsync());

    public async Task<Visit> InviteAsync(TeamsUser host, string visitorName = "Zhang San", string? company = "Northwind",
        string purpose = "Contract review", DateOnly? date = null)
    {
        var request = new InvitationRequest(visitorName, company, date ?? Today, new TimeOnly(10, 0), new TimeOnly(11, 0), purpose, null, null, 1);
        var result = await Get<Invitations>().CreateAsync(request, await MemberIdAsync(host), "test");
        Assert.True(result.Succeeded, string.Join(", ", result.Problems));
        return result.Visit!;
    }

    public Task<List<Visit>> VisitsAsync() => Teams.WithDbAsync(db => db.Visits.AsNoTracking().OrderBy(v => v.Id).ToListAsync());

    public Task DrainAsync() => Get<NotificationSender>().DrainOnceAsync();

    // The host's arrival card for that visit as Teams shows it now: the message the outbox delivered to the
    // host's chat, in its latest version. The host answers by pressing one of its buttons.
    public async Task<RecordedCall> ArrivalCardAsync(TeamsUser host, int visitId)
    {
        var row = await Teams.NotificationAsync($"visit:{visitId}:arrival");
        var sentId = row?.SentActivityId ?? throw new InvalidOperationException($"No arrival card was sent for visit {visitId}.");
        var sent = Channel.Delivered.FirstOrDefault(c => c.SentId == sentId && c.ConversationId == host.ConversationId)
                   ?? throw new InvalidOperationException($"The arrival card of visit {visitId} did not reach {host.Name}.");
        return Teams.Current(sent);
    }

    // What Teams accepted for that user in their personal chat since the set-up.
    public IReadOnlyList<RecordedCall> DeliveredTo(TeamsUser user) =>
        [.. Channel.CallsSince(_setupDone).Where(c => c.ConversationId == user.ConversationId && c.Method is "POST" or "PUT"
            && c.Body is not null && c.Status is >= 200 and < 300)];

    public ValueTask DisposeAsync() => Teams.DisposeAsync();
}
