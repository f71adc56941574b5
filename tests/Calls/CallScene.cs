using FrontDesk.Bot.Notifications;
using FrontDesk.Cards.Localization;
using FrontDesk.Data.Calls;
using FrontDesk.Data.Directory;
using FrontDesk.Tests.Harness;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FrontDesk.Tests.Calls;

// A building at 09:00 on 1 Dec 2026 (Shanghai): a desk with two staff, Contoso with two members, Fabrikam
// with one, everyone already chatting with the bot. The clock is fake; the tests drain the outbox themselves.
public sealed class CallScene : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 12, 1, 1, 0, 0, TimeSpan.Zero);

    private CallScene(TeamsHarness teams, FakeTimeProvider clock)
    {
        Teams = teams;
        Clock = clock;
    }

    public TeamsHarness Teams { get; }
    public FakeTimeProvider Clock { get; }
    public TeamsUser Desk { get; private set; } = null!;
    public TeamsUser Desk2 { get; private set; } = null!;
    public TeamsUser Wang { get; private set; } = null!;
    public TeamsUser Li { get; private set; } = null!;
    public TeamsUser Eve { get; private set; } = null!;

    public static async Task<CallScene> StartAsync(Action<FrontDeskApp>? configure = null)
    {
        var clock = new FakeTimeProvider(Start);
        var app = new FrontDeskApp(clock);
        app.Settings["Notifications:SendInBackground"] = "false";
        configure?.Invoke(app);
        var scene = new CallScene(new TeamsHarness(app), clock);
        var teams = scene.Teams;
        scene.Desk = await teams.AddStaffAsync("Desk Zhou", "desk@building.com", StaffRole.Staff);
        scene.Desk2 = await teams.AddStaffAsync("Desk Qian", "desk2@building.com", StaffRole.Staff);
        scene.Wang = await teams.AddTenantAsync("Contoso", "Wang Wei", "wang.wei@contoso.com");
        scene.Li = await teams.AddTenantAsync("Contoso", "Li Na", "li.na@contoso.com");
        scene.Eve = await teams.AddTenantAsync("Fabrikam", "Eve Adams", "eve@fabrikam.com");
        foreach (var user in new[] { scene.Desk, scene.Desk2, scene.Wang, scene.Li, scene.Eve })
        {
            await teams.SayAsync(user, "hi");
        }
        return scene;
    }

    // What a staff member types into the call card while the caller speaks.
    public static Dictionary<string, string> CallFields(string recipient, string message = "Please send the signed contract today.",
        bool urgent = false, bool callBack = true, string phone = "+86 21 5555 0101", string answered = "WithinThreeRings") => new()
        {
            ["caller"] = "Zhang San",
            ["callerCompany"] = "Northwind Traders",
            ["phone"] = phone,
            ["recipient"] = recipient,
            ["message"] = message,
            ["urgent"] = urgent ? "true" : "false",
            ["callBack"] = callBack ? "true" : "false",
            ["answered"] = answered,
        };

    // "call" in the staff member's chat: the call card the bot sent.
    public Task<RecordedCall> OpenCallAsync(TeamsUser staff, string locale = "en-US") =>
        Teams.OpenAsync(staff, locale.StartsWith("zh", StringComparison.Ordinal) ? "来电" : "call", locale);

    public Task<IReadOnlyList<RecordedCall>> PressSaveAsync(TeamsUser staff, RecordedCall form, Dictionary<string, string>? fields, string locale = "en-US") =>
        Teams.PressAsync(staff, form, Catalog.Default.For(locale)["calls.log.save"], fields, locale: locale);

    // Opens the call card, fills it in and presses Save; returns what the desk sees in its chat.
    public async Task<RecordedCall> LogAsync(Dictionary<string, string> fields, TeamsUser? by = null, string locale = "en-US")
    {
        var staff = by ?? Desk;
        var replies = await PressSaveAsync(staff, await OpenCallAsync(staff, locale), fields, locale);
        return Assert.Single(replies, c => c.ConversationId == staff.ConversationId);
    }

    public Task<IReadOnlyList<RecordedCall>> PressCalledBackAsync(TeamsUser member, RecordedCall card, string? within = null, string locale = "en-US") =>
        Teams.PressAsync(member, card, Catalog.Default.For(locale)["calls.calledBack.button"], within: within, locale: locale);

    public async Task<int> RunRoundAsync()
    {
        var overdue = await Teams.App.Services.GetRequiredService<CallRounds>().RunOnceAsync();
        await DrainAsync();
        return overdue;
    }

    public Task<DrainSummary> DrainAsync() => Teams.App.Services.GetRequiredService<NotificationSender>().DrainOnceAsync();

    // What reached the user's chat since the mark (cards and texts), after the outbox has been drained.
    public async Task<IReadOnlyList<RecordedCall>> ReceivedAsync(TeamsUser user, int mark)
    {
        await DrainAsync();
        return [.. Teams.Channel.CallsSince(mark).Where(c => c.ConversationId == user.ConversationId && c.Method == "POST" && c.Status == 200 && c.Body is not null)];
    }

    public Task<List<PhoneMessage>> MessagesAsync() => Teams.WithDbAsync(db => db.PhoneMessages.AsNoTracking().OrderBy(m => m.Id).ToListAsync());

    public Task<PhoneMessage> MessageAsync(string reference) =>
        Teams.WithDbAsync(db => db.PhoneMessages.AsNoTracking().SingleAsync(m => m.Reference == reference));

    public ValueTask DisposeAsync() => Teams.DisposeAsync();
}
