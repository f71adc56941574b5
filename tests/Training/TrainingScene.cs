using FrontDesk.Bot.Notifications;
using FrontDesk.Cards.Localization;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Training;
using FrontDesk.Tests.Harness;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FrontDesk.Tests.Training;

// A building at 09:00 on Tuesday 1 Dec 2026 (Shanghai, UTC+8): a manager, three desk staff and a tenant, everyone
// already chatting with the bot. The clock is fake; the tests run the round and drain the outbox themselves.
public sealed class TrainingScene : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 12, 1, 1, 0, 0, TimeSpan.Zero);

    private TrainingScene(TeamsHarness teams, FakeTimeProvider clock)
    {
        Teams = teams;
        Clock = clock;
    }

    public TeamsHarness Teams { get; }
    public FakeTimeProvider Clock { get; }
    public TeamsUser Boss { get; private set; } = null!;
    public TeamsUser Zhou { get; private set; } = null!;
    public TeamsUser Qian { get; private set; } = null!;
    public TeamsUser Sun { get; private set; } = null!;
    public TeamsUser Wang { get; private set; } = null!;

    // channel: shared with an app started later on the same database (a restart).
    public static async Task<TrainingScene> StartAsync(Action<FrontDeskApp>? configure = null, FakeTeamsChannel? channel = null, FakeTimeProvider? clock = null)
    {
        clock ??= new FakeTimeProvider(Start);
        var app = new FrontDeskApp(clock);
        app.Settings["Notifications:SendInBackground"] = "false";
        configure?.Invoke(app);
        var scene = new TrainingScene(channel is null ? new TeamsHarness(app) : new TeamsHarness(app, channel), clock);
        var teams = scene.Teams;
        scene.Boss = await teams.AddStaffAsync("Boss Wu", "boss@building.com", StaffRole.Manager);
        scene.Zhou = await teams.AddStaffAsync("Desk Zhou", "zhou@building.com", StaffRole.Staff);
        scene.Qian = await teams.AddStaffAsync("Desk Qian", "qian@building.com", StaffRole.Staff);
        scene.Sun = await teams.AddStaffAsync("Desk Sun", "sun@building.com", StaffRole.Staff);
        scene.Wang = await teams.AddTenantAsync("Contoso", "Wang Wei", "wang.wei@contoso.com");
        foreach (var user in new[] { scene.Boss, scene.Zhou, scene.Qian, scene.Sun, scene.Wang })
        {
            await teams.SayAsync(user, "hi");
        }
        return scene;
    }

    // What a manager types into the session card: Etiquette on Tuesday 8 Dec at 14:00, two seats.
    public static Dictionary<string, string> SessionFields(string topic = "Etiquette", string title = "", string date = "2026-12-08", string time = "14:00",
        string place = "Room 301", string trainer = "Li Na", string capacity = "2", string cost = "1200.50") => new()
        {
            ["topic"] = topic,
            ["title"] = title,
            ["date"] = date,
            ["time"] = time,
            ["place"] = place,
            ["trainer"] = trainer,
            ["capacity"] = capacity,
            ["cost"] = cost,
        };

    public static Texts Texts(string locale) => Catalog.Default.For(locale);

    public Task<RecordedCall> OpenFormAsync(TeamsUser manager, string locale = "en-US") =>
        Teams.OpenAsync(manager, locale.StartsWith("zh", StringComparison.Ordinal) ? "新建培训" : "new training", locale);

    // Opens the session card, fills it in and presses Save session; returns what the manager sees.
    public async Task<RecordedCall> CreateAsync(Dictionary<string, string> fields, string locale = "en-US")
    {
        var form = await OpenFormAsync(Boss, locale);
        return Assert.Single(await Teams.PressAsync(Boss, form, Texts(locale)["training.form.save"], fields, locale: locale), c => c.ConversationId == Boss.ConversationId);
    }

    public Task<RecordedCall> ListAsync(TeamsUser user, string locale = "en-US") =>
        Teams.OpenAsync(user, locale.StartsWith("zh", StringComparison.Ordinal) ? "培训" : "training", locale);

    public Task<RecordedCall> MineAsync(TeamsUser user, string locale = "en-US") =>
        Teams.OpenAsync(user, locale.StartsWith("zh", StringComparison.Ordinal) ? "我的培训" : "my training", locale);

    // Presses a button of the session named `within` on the user's training list; returns the card it became.
    public async Task<RecordedCall> PressOnListAsync(TeamsUser user, string button, string within, string locale = "en-US", Dictionary<string, string>? typed = null)
    {
        var list = await ListAsync(user, locale);
        return Assert.Single(await Teams.PressAsync(user, list, button, typed, within, locale), c => c.ConversationId == user.ConversationId);
    }

    public Task<RecordedCall> SignUpAsync(TeamsUser user, string within = "Etiquette", string locale = "en-US") =>
        PressOnListAsync(user, Texts(locale)["training.list.signUp"], within, locale);

    public async Task<TrainingRoundResult> RunRoundAsync()
    {
        var result = await Teams.App.Services.GetRequiredService<TrainingRounds>().RunOnceAsync();
        await DrainAsync();
        return result;
    }

    public Task<DrainSummary> DrainAsync() => Teams.App.Services.GetRequiredService<NotificationSender>().DrainOnceAsync();

    // What reached the user's chat since the mark (cards and texts), after the outbox has been drained.
    public async Task<IReadOnlyList<RecordedCall>> ReceivedAsync(TeamsUser user, int mark)
    {
        await DrainAsync();
        return [.. Teams.Channel.CallsSince(mark).Where(c => c.ConversationId == user.ConversationId && c.Method == "POST" && c.Status == 200 && c.Body is not null)];
    }

    public Task<List<TrainingSession>> SessionsAsync() =>
        Teams.WithDbAsync(db => db.TrainingSessions.AsNoTracking().Include(s => s.SignUps).OrderBy(s => s.Id).ToListAsync());

    public Task<List<TrainingSignUp>> SignUpsAsync() =>
        Teams.WithDbAsync(db => db.TrainingSignUps.AsNoTracking().OrderBy(u => u.Id).ToListAsync());

    public ValueTask DisposeAsync() => Teams.DisposeAsync();
}
