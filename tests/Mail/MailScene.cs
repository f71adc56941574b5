using System.Text.RegularExpressions;
using FrontDesk.Bot.Notifications;
using FrontDesk.Cards.Localization;
using FrontDesk.Cards.Mail;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Mail;
using FrontDesk.Tests.Harness;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Tests.Mail;

// A building at 09:00 on 28 Nov 2026 (Shanghai): a desk with two staff, Contoso with two members,
// Fabrikam with one, everyone already chatting with the bot. The clock is fake.
public sealed partial class MailScene : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 28, 1, 0, 0, TimeSpan.Zero);

    private MailScene(TeamsHarness teams, FakeTimeProvider clock)
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

    public static async Task<MailScene> StartAsync()
    {
        var clock = new FakeTimeProvider(Start);
        var app = new FrontDeskApp(clock);
        // The tests drain the outbox themselves, so what was sent is known when they look.
        app.Settings["Notifications:SendInBackground"] = "false";
        var scene = new MailScene(new TeamsHarness(app), clock);
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

    // What a staff member types into the log card for one item (the card's other inputs keep their defaults).
    public static Dictionary<string, string> LogFields(string recipient, string kind = "Parcel", bool urgent = false, string shelf = "B2",
        string carrier = "SF Express", string count = "1") => new()
        {
            ["recipient"] = recipient,
            ["kind1"] = kind,
            ["carrier1"] = carrier,
            ["tracking1"] = "SF1234567890",
            ["count1"] = count,
            ["urgent"] = urgent ? "true" : "false",
            ["shelf"] = shelf,
        };

    // "log mail" in the staff member's chat: the form card the bot sent.
    public async Task<RecordedCall> OpenLogAsync(TeamsUser staff, string locale = "en-US") =>
        await Teams.OpenAsync(staff, locale.StartsWith("zh", StringComparison.Ordinal) ? "登记邮件" : "log mail", locale);

    // Fills the log card and presses its Save button ("Log" / its Chinese title).
    public async Task<IReadOnlyList<RecordedCall>> SubmitLogAsync(TeamsUser staff, Dictionary<string, string> fields, string locale = "en-US") =>
        await PressLogAsync(staff, await OpenLogAsync(staff, locale), fields, locale);

    public Task<IReadOnlyList<RecordedCall>> PressLogAsync(TeamsUser staff, RecordedCall form, Dictionary<string, string>? fields, string locale = "en-US") =>
        Teams.PressAsync(staff, form, Catalog.Default.For(locale)["mail.log.save"], fields, locale: locale);

    // Logs one item and returns the card that replaced the form.
    public async Task<RecordedCall> LogAsync(string recipient, string kind = "Parcel", bool urgent = false, TeamsUser? by = null)
    {
        var staff = by ?? Desk;
        var replies = await SubmitLogAsync(staff, LogFields(recipient, kind, urgent));
        return Assert.Single(replies, c => c.ConversationId == staff.ConversationId);
    }

    // "mail M-…" in the staff member's chat: the item's card with the desk's buttons.
    public async Task<RecordedCall> OpenItemAsync(TeamsUser staff, string serial) =>
        await Teams.OpenAsync(staff, "mail " + serial);

    // Opens the item's card and presses one of its buttons (pickup, deliver, return, unlock) with the code and name typed.
    public async Task<IReadOnlyList<RecordedCall>> PressItemAsync(TeamsUser staff, string step, string serial, string code = "", string who = "") =>
        await PressItemAsync(staff, await OpenItemAsync(staff, serial), step, code, who);

    public Task<IReadOnlyList<RecordedCall>> PressItemAsync(TeamsUser staff, RecordedCall card, string step, string code = "", string who = "")
    {
        var title = Catalog.Default.For("en")[step switch
        {
            "pickup" => "mail.item.pickUp",
            "deliver" => "mail.item.deliver",
            "return" => "mail.item.return",
            _ => "mail.item.unlock",
        }];
        return Teams.PressAsync(staff, card, title, step == "unlock" ? null : new() { ["code"] = code, ["who"] = who });
    }

    // "pickup" in the staff member's chat, then the pickup form's "Hand over" with what was typed.
    public async Task<IReadOnlyList<RecordedCall>> HandOverAsync(TeamsUser staff, string code, string who, string serial = "")
    {
        var form = await Teams.OpenAsync(staff, "pickup");
        return await Teams.PressAsync(staff, form, "Hand over", new() { ["code"] = code, ["who"] = who, ["serial"] = serial });
    }

    // One mail round, and the outbox drained after it.
    public async Task<MailRoundResult> RunRoundAsync()
    {
        var result = await Teams.App.Services.GetRequiredService<MailRounds>().RunOnceAsync();
        await DrainAsync();
        return result;
    }

    public Task<MailItem> ItemAsync(string serial) =>
        Teams.WithDbAsync(db => db.MailItems.Include(m => m.History).SingleAsync(m => m.Serial == serial));

    public Task<List<MailItem>> ItemsAsync() => Teams.WithDbAsync(db => db.MailItems.OrderBy(m => m.Id).ToListAsync());

    public Task<DrainSummary> DrainAsync() => Teams.App.Services.GetRequiredService<NotificationSender>().DrainOnceAsync();

    // Cards delivered into the user's chat since the mark, after the outbox has been drained.
    public async Task<IReadOnlyList<RecordedCall>> NoticesAsync(TeamsUser user, int mark)
    {
        await DrainAsync();
        return Cards(user, mark);
    }

    private List<RecordedCall> Cards(TeamsUser user, int mark) =>
        [.. Teams.Channel.CallsSince(mark).Where(c => c.ConversationId == user.ConversationId && c.Method == "POST" && c.Status == 200 && c.Card is not null)];

    public static string Code(RecordedCall notice) => PickupCodePattern().Match(notice.CardText) is { Success: true } m
        ? m.Groups[1].Value
        : throw new Xunit.Sdk.XunitException("No pickup code on the card: " + notice.CardText);

    public static string Serial(RecordedCall card) => SerialPattern().Match(card.CardText) is { Success: true } m
        ? m.Value
        : throw new Xunit.Sdk.XunitException("No serial on the card: " + card.CardText);

    public static IReadOnlyList<string> Serials(RecordedCall card) => [.. SerialPattern().Matches(card.CardText).Select(m => m.Value).Distinct()];

    [GeneratedRegex(@"\*\*([2-9A-HJ-NP-Z]{6})\*\*")]
    private static partial Regex PickupCodePattern();

    [GeneratedRegex(@"M-\d{8}-\d{4}")]
    private static partial Regex SerialPattern();

    public async ValueTask DisposeAsync() => await Teams.DisposeAsync();
}
