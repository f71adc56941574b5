using FrontDesk.Bot.Notifications;
using FrontDesk.Cards.Localization;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Feedback;
using FrontDesk.Tests.Harness;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Tests.Feedback;

// A building at 09:00 on Tuesday 1 Dec 2026 (Shanghai; the week of 30 Nov is 2026-W49): a desk member, a
// manager, Contoso's Wang Wei and Fabrikam's Eve, all already chatting with the bot. The clock is fake; the
// tests drain the outbox themselves.
public sealed class FeedbackScene : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 12, 1, 1, 0, 0, TimeSpan.Zero);

    private FeedbackScene(TeamsHarness teams, FakeTimeProvider clock)
    {
        Teams = teams;
        Clock = clock;
    }

    public TeamsHarness Teams { get; }
    public FakeTimeProvider Clock { get; }
    public TeamsUser Desk { get; private set; } = null!;
    public TeamsUser Manager { get; private set; } = null!;
    public TeamsUser Wang { get; private set; } = null!;
    public TeamsUser Eve { get; private set; } = null!;

    public static async Task<FeedbackScene> StartAsync()
    {
        var clock = new FakeTimeProvider(Start);
        var app = new FrontDeskApp(clock);
        app.Settings["Notifications:SendInBackground"] = "false";
        var scene = new FeedbackScene(new TeamsHarness(app), clock);
        var teams = scene.Teams;
        scene.Desk = await teams.AddStaffAsync("Desk Zhou", "desk@building.com", StaffRole.Staff);
        scene.Manager = await teams.AddStaffAsync("Chen Jing", "chen.jing@building.com", StaffRole.Manager);
        scene.Wang = await teams.AddTenantAsync("Contoso", "Wang Wei", "wang.wei@contoso.com");
        scene.Eve = await teams.AddTenantAsync("Fabrikam", "Eve Adams", "eve@fabrikam.com");
        foreach (var user in new[] { scene.Desk, scene.Manager, scene.Wang, scene.Eve })
        {
            await teams.SayAsync(user, "hi");
        }
        return scene;
    }

    public Task<RecordedCall> OpenFormAsync(TeamsUser user, string locale = "en-US") =>
        Teams.OpenAsync(user, locale.StartsWith("zh", StringComparison.Ordinal) ? "反馈" : "feedback", locale);

    // Presses the form's own button (Send feedback for a member, Save for the desk) with what was typed.
    public Task<IReadOnlyList<RecordedCall>> PressSendAsync(TeamsUser user, RecordedCall form, Dictionary<string, string> fields, string locale = "en-US")
    {
        var t = Catalog.Default.For(locale);
        var button = form.CardText.Contains(t["feedback.form.desk.title"], StringComparison.Ordinal) ? t["feedback.form.save"] : t["feedback.form.send"];
        return Teams.PressAsync(user, form, button, fields, locale: locale);
    }

    // Opens the form, fills it in and sends it; returns the card the giver sees in place of the form.
    public async Task<RecordedCall> GiveAsync(TeamsUser user, Dictionary<string, string> fields, string locale = "en-US")
    {
        var replies = await PressSendAsync(user, await OpenFormAsync(user, locale), fields, locale);
        return Assert.Single(replies, c => c.ConversationId == user.ConversationId);
    }

    public static Dictionary<string, string> Rating(string rating, string category = "Reception", string comment = "", string about = "", bool contact = false) => new()
    {
        ["rating"] = rating,
        ["category"] = category,
        ["comment"] = comment,
        ["about"] = about,
        ["contact"] = contact ? "true" : "false",
    };

    public Task<int> StaffIdAsync(TeamsUser staff) =>
        Teams.WithDbAsync(db => db.Staff.Where(s => s.Email == staff.Email).Select(s => s.Id).SingleAsync());

    public Task<DrainSummary> DrainAsync() => Teams.App.Services.GetRequiredService<NotificationSender>().DrainOnceAsync();

    // What reached the user's chat since the mark (cards and texts), after the outbox has been drained.
    public async Task<IReadOnlyList<RecordedCall>> ReceivedAsync(TeamsUser user, int mark)
    {
        await DrainAsync();
        return [.. Teams.Channel.CallsSince(mark).Where(c => c.ConversationId == user.ConversationId && c.Method == "POST" && c.Status == 200 && c.Body is not null)];
    }

    public Task<List<FeedbackEntry>> EntriesAsync() => Teams.WithDbAsync(db => db.Feedback.AsNoTracking().OrderBy(f => f.Id).ToListAsync());

    // The text block right after the input in the card's body: where the form puts the server's error for it.
    public static string? ErrorUnder(RecordedCall card, string id)
    {
        var input = card.Card!.Descendants().OfType<JObject>().Single(o => (string?)o["id"] == id);
        return (string?)(input.Next as JObject)?["text"];
    }

    public static string? Input(RecordedCall card, string id) =>
        (string?)card.Card!.Descendants().OfType<JObject>().Single(o => (string?)o["id"] == id)["value"];

    public ValueTask DisposeAsync() => Teams.DisposeAsync();
}
