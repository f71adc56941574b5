using FrontDesk.Bot.Hosting.Schedules;
using FrontDesk.Bot.Notifications;
using FrontDesk.Data.Calls;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Mail;
using FrontDesk.Data.Supervision;
using FrontDesk.Data.Visits;
using FrontDesk.Tests.Harness;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FrontDesk.Tests.Supervision;

// A building in Shanghai (UTC+8) at 10:00 on Monday 28 Dec 2026: Li Na of the desk owns the front-desk rules
// (Supervision:RulesOwner), two managers, a colleague at the desk and a tenant, all chatting with the bot. The clock
// is fake; tests tick the schedule and drain the outbox themselves.
public sealed class SupervisionScene : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 12, 28, 2, 0, 0, TimeSpan.Zero);
    public static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    private SupervisionScene(TeamsHarness teams, FakeTimeProvider clock)
    {
        Teams = teams;
        Clock = clock;
    }

    public TeamsHarness Teams { get; }
    public FakeTimeProvider Clock { get; }
    public TeamsUser Owner { get; private set; } = null!;
    public TeamsUser Chen { get; private set; } = null!;
    public TeamsUser Wu { get; private set; } = null!;
    public TeamsUser Zhou { get; private set; } = null!;
    public TeamsUser Wang { get; private set; } = null!;

    // owner: the setting as written (null: none); chat: whether Li Na has ever talked to the bot.
    public static async Task<SupervisionScene> StartAsync(string? owner = "Li.Na@Building.com", bool ownerChats = true, Action<FrontDeskApp>? configure = null,
        FakeTimeProvider? clock = null, FakeTeamsChannel? channel = null, string ownerLocale = "en-US")
    {
        clock ??= new FakeTimeProvider(Start);
        var app = new FrontDeskApp(clock);
        app.Settings["Notifications:SendInBackground"] = "false";
        if (owner is not null)
        {
            app.Settings["Supervision:RulesOwner"] = owner;
        }
        configure?.Invoke(app);
        var scene = new SupervisionScene(channel is null ? new TeamsHarness(app) : new TeamsHarness(app, channel), clock);
        var teams = scene.Teams;
        scene.Owner = await teams.AddStaffAsync("Li Na", "li.na@building.com", StaffRole.Staff);
        scene.Chen = await teams.AddStaffAsync("Chen Jing", "chen.jing@building.com", StaffRole.Manager);
        scene.Wu = await teams.AddStaffAsync("Wu Bo", "wu.bo@building.com", StaffRole.Manager);
        scene.Zhou = await teams.AddStaffAsync("Desk Zhou", "zhou@building.com", StaffRole.Staff);
        scene.Wang = await teams.AddTenantAsync("Contoso", "Wang Wei", "wang.wei@contoso.com");
        foreach (var user in new[] { scene.Chen, scene.Wu, scene.Zhou, scene.Wang })
        {
            await teams.SayAsync(user, "hi");
        }
        if (ownerChats)
        {
            await teams.SayAsync(scene.Owner, ownerLocale.StartsWith("zh", StringComparison.Ordinal) ? "你好" : "hi", ownerLocale);
        }
        return scene;
    }

    public static DateTimeOffset Local(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, Shanghai);

    // One tick of the schedule worker, then the outbox drained; returns the jobs that ran.
    public async Task<IReadOnlyList<string>> TickAsync()
    {
        var ran = await Teams.App.Services.GetRequiredService<ScheduleRunner>().RunDueAsync();
        await DrainAsync();
        return ran;
    }

    public Task DrainAsync() => Teams.App.Services.GetRequiredService<NotificationSender>().DrainOnceAsync();

    public void MoveTo(DateTimeOffset at) => Clock.Advance(at - Clock.GetUtcNow());

    // The notices about the rules (reminders, outcomes) that reached the user's chat since the mark, by their headings.
    public async Task<List<RecordedCall>> RulesCardsAsync(TeamsUser user, int mark)
    {
        await DrainAsync();
        string[] headings = ["Time to review the front-desk rules", "Front-desk rules reviewed", "该评审前台规章了", "前台规章已评审"];
        return [.. Teams.Channel.CallsSince(mark).Where(c => c.ConversationId == user.ConversationId && c.Method == "POST" && c.Status == 200 && c.Card is not null
            && headings.Any(h => c.CardText.StartsWith(h, StringComparison.Ordinal)))];
    }

    // The card as it is now in the chat after pressing its button: what the bot answered or put in its place.
    public static RecordedCall Answer(IReadOnlyList<RecordedCall> calls, TeamsUser user) =>
        Assert.Single(calls, c => c.ConversationId == user.ConversationId && c.Card is not null);

    public Task<List<RulesReview>> ReviewsAsync() => Teams.WithDbAsync(db => db.RulesReviews.AsNoTracking().OrderBy(r => r.Id).ToListAsync());

    public Task<List<Data.Audit.AuditEntry>> AuditAsync() =>
        Teams.WithDbAsync(db => db.Audit.AsNoTracking().Where(a => a.Action == RulesReviews.AuditAction).OrderBy(a => a.Id).ToListAsync());

    // The second half of 2026, counted by hand (no call records, so the desk's own report counts):
    // - phone messages: 5 in the half-year, 4 within three rings → 80% of 5; one on 30 Jun and one on 1 Jan are outside;
    // - mail: 4 judged (6 h, 23 h, 30 h, 27 h) → 2 within 24 h, 50% of 4; one returned to its sender is not judged;
    //   items of 30 Jun and 1 Jan are outside;
    // - visits: the host answered after 2, 4 and 12 minutes (median 4); the visitor waited 2, 4, 9 (the desk saw to them
    //   before the host answered) and 15 minutes (a walk-in only the desk saw to) → median 6.5, 3 of 4 within 10 min
    //   (75%); a visit of 30 Jun is outside.
    public Task SeedHalfYearAsync() => Teams.WithDbAsync(async db =>
    {
        var member = await db.Members.SingleAsync();
        var n = 0;
        void Message(DateTimeOffset at, AnswerSpeed speed) => db.PhoneMessages.Add(new PhoneMessage
        {
            Reference = $"C-{++n}",
            CallerName = "Caller",
            CompanyId = member.CompanyId,
            RecipientName = "Wang Wei",
            CompanyName = "Contoso",
            Message = "Please call back",
            AnswerSpeed = speed,
            TakenAt = at.ToUniversalTime(),
            TakenBy = "x",
            TakenByName = "Desk Zhou",
            SubmitToken = $"c{n}",
            Status = PhoneMessageStatus.CalledBack,
        });
        Message(Local(2026, 7, 1, 0, 5), AnswerSpeed.WithinThreeRings);
        Message(Local(2026, 8, 14, 11), AnswerSpeed.WithinThreeRings);
        Message(Local(2026, 10, 9, 15), AnswerSpeed.Later);
        Message(Local(2026, 11, 30, 10), AnswerSpeed.WithinThreeRings);
        Message(Local(2026, 12, 31, 23, 50), AnswerSpeed.WithinThreeRings);
        Message(Local(2026, 6, 30, 23, 30), AnswerSpeed.Later);
        Message(Local(2027, 1, 1, 0, 10), AnswerSpeed.Later);
        void Mail(DateTimeOffset received, double hours, MailStatus status = MailStatus.PickedUp) => db.MailItems.Add(new MailItem
        {
            Serial = $"M-{++n}",
            CompanyId = member.CompanyId,
            RecipientName = "Wang Wei",
            CompanyName = "Contoso",
            Kind = MailKind.Letter,
            Status = status,
            ReceivedAt = received.ToUniversalTime(),
            ClosedAt = received.AddHours(hours).ToUniversalTime(),
            DeliverySeconds = status == MailStatus.ReturnedToSender ? null : (long)(hours * 3600),
            LoggedBy = "x",
            LoggedByName = "Desk Zhou",
            SubmitToken = $"m{n}",
        });
        Mail(Local(2026, 7, 10, 9), 6);
        Mail(Local(2026, 9, 1, 10), 23, MailStatus.Delivered);
        Mail(Local(2026, 11, 3, 9), 30);
        Mail(Local(2026, 12, 30, 9), 27);
        Mail(Local(2026, 9, 5, 9), 48, MailStatus.ReturnedToSender);
        Mail(Local(2026, 6, 30, 10), 1);
        Mail(Local(2027, 1, 1, 0, 30), 100);
        void Visit(DateTimeOffset arrived, int? hostAfter, int? deskAfter, bool walkIn = false) => db.Visits.Add(new Visit
        {
            Status = VisitStatus.CheckedOut,
            WalkIn = walkIn,
            VisitorName = $"Visitor {++n}",
            Purpose = "Meeting",
            HostMemberId = member.Id,
            CompanyId = member.CompanyId,
            CreatedAt = arrived.ToUniversalTime(),
            CreatedBy = "test",
            ArrivedAt = arrived.ToUniversalTime(),
            CheckedOutAt = arrived.AddHours(1).ToUniversalTime(),
            HostAnswer = hostAfter is null ? null : HostAnswer.ComingDown,
            HostAnsweredAt = hostAfter is { } h ? arrived.AddMinutes(h).ToUniversalTime() : null,
            DeskServedAt = deskAfter is { } d ? arrived.AddMinutes(d).ToUniversalTime() : null,
            DeskServedByName = deskAfter is null ? null : "Desk Zhou",
        });
        Visit(Local(2026, 8, 3, 10), 2, null);
        Visit(Local(2026, 10, 12, 14), 4, null);
        Visit(Local(2026, 12, 15, 9), 12, 9);
        Visit(Local(2026, 11, 20, 11), null, 15, walkIn: true);
        Visit(Local(2026, 6, 30, 10), 30, null);
        return await db.SaveChangesAsync();
    });

    public ValueTask DisposeAsync() => Teams.DisposeAsync();
}
