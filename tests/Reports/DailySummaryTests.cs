using FrontDesk.Bot.Hosting.Schedules;
using FrontDesk.Bot.Notifications;
using FrontDesk.Data.Calls;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Feedback;
using FrontDesk.Data.Mail;
using FrontDesk.Data.Visits;
using FrontDesk.Tests.Harness;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FrontDesk.Tests.Reports;

public class DailySummaryTests
{
    // Tuesday 1 Dec 2026, 17:00 in Shanghai.
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    private sealed class Scene(TeamsHarness teams, FakeTimeProvider clock) : IAsyncDisposable
    {
        public TeamsHarness Teams => teams;
        public FakeTimeProvider Clock => clock;
        public TeamsUser Desk { get; set; } = null!;
        public TeamsUser Manager { get; set; } = null!;
        public TeamsUser Host { get; set; } = null!;

        public static async Task<Scene> StartAsync(Action<FrontDeskApp>? configure = null, FakeTimeProvider? clock = null, FakeTeamsChannel? channel = null)
        {
            clock ??= new FakeTimeProvider(Start);
            var app = new FrontDeskApp(clock);
            app.Settings["Notifications:SendInBackground"] = "false";
            configure?.Invoke(app);
            var scene = new Scene(channel is null ? new TeamsHarness(app) : new TeamsHarness(app, channel), clock);
            scene.Desk = await scene.Teams.AddStaffAsync("Desk Zhou", "desk@building.com", StaffRole.Staff);
            scene.Manager = await scene.Teams.AddStaffAsync("Chen Jing", "chen.jing@building.com", StaffRole.Manager);
            scene.Host = await scene.Teams.AddTenantAsync("Contoso", "Wang Wei", "wang.wei@contoso.com");
            foreach (var user in new[] { scene.Desk, scene.Manager, scene.Host })
            {
                await scene.Teams.SayAsync(user, "hi");
            }
            return scene;
        }

        // One tick of the schedule worker, then the outbox drained; returns the reports' jobs that ran (other
        // areas' nightly jobs, such as privacy.retention, run on the same ticks).
        public async Task<IReadOnlyList<string>> TickAsync()
        {
            var ran = await Teams.App.Services.GetRequiredService<ScheduleRunner>().RunDueAsync();
            await Teams.App.Services.GetRequiredService<NotificationSender>().DrainOnceAsync();
            return [.. ran.Where(job => job.StartsWith("reports.", StringComparison.Ordinal))];
        }

        public List<RecordedCall> To(TeamsUser user, int mark) =>
            [.. Teams.Channel.CallsSince(mark).Where(c => c.ConversationId == user.ConversationId && c.Method == "POST" && c.Card is not null)];

        public ValueTask DisposeAsync() => Teams.DisposeAsync();
    }

    private static DateTimeOffset Local(int day, int hour, int minute = 0) => new(2026, 12, day, hour, minute, 0, Shanghai);

    // The day, counted by hand: 3 invitations for today (one a no-show, one arrived), 2 walk-ins arrived, one of
    // them escalated; 4 phone messages, 3 within three rings (75%); 2 inbound call records, 1 within 18 s (50%);
    // 3 mail items logged today, 1 of them collected, plus one from 2 days ago still open (over 24 h); feedback 5, 2
    // (average 3.5, one low, not followed up); one urgent message open.
    private static Task SeedAsync(Scene scene) => scene.Teams.WithDbAsync(async db =>
    {
        var member = await db.Members.SingleAsync();
        var n = 0;
        void Visit(VisitStatus status, bool walkIn, DateTimeOffset? expected, DateTimeOffset? arrived, DateTimeOffset? escalated = null) => db.Visits.Add(new Visit
        {
            Status = status,
            WalkIn = walkIn,
            VisitorName = $"Visitor {++n}",
            Purpose = "Meeting",
            HostMemberId = member.Id,
            CompanyId = member.CompanyId,
            CreatedAt = Start,
            CreatedBy = "test",
            ExpectedFrom = expected?.ToUniversalTime(),
            ArrivedAt = arrived?.ToUniversalTime(),
            EscalatedAt = escalated?.ToUniversalTime(),
            // Answered, so the visit rounds running in the background have nothing to escalate.
            HostAnswer = arrived is null ? null : HostAnswer.LetIn,
            HostAnsweredAt = arrived?.AddMinutes(3).ToUniversalTime(),
        });
        Visit(VisitStatus.NoShow, false, Local(1, 10), null);
        Visit(VisitStatus.CheckedOut, false, Local(1, 11), Local(1, 10, 55));
        Visit(VisitStatus.Expected, false, Local(1, 16), null);
        Visit(VisitStatus.Expected, false, Local(2, 10), null);
        Visit(VisitStatus.CheckedIn, true, null, Local(1, 14));
        Visit(VisitStatus.CheckedOut, true, null, Local(1, 9), Local(1, 9, 5));
        Visit(VisitStatus.CheckedOut, true, null, Local(1, 0).AddDays(-1));
        void Message(AnswerSpeed speed, bool urgent = false) => db.PhoneMessages.Add(new PhoneMessage
        {
            Reference = $"C-{++n}",
            CallerName = "Caller",
            CompanyId = member.CompanyId,
            RecipientName = "Wang Wei",
            CompanyName = "Contoso",
            Message = "Hi",
            AnswerSpeed = speed,
            Urgent = urgent,
            TakenAt = Local(1, 11).ToUniversalTime(),
            TakenBy = "x",
            TakenByName = "Desk Zhou",
            SubmitToken = $"c{n}",
        });
        Message(AnswerSpeed.WithinThreeRings);
        Message(AnswerSpeed.WithinThreeRings, urgent: true);
        Message(AnswerSpeed.WithinThreeRings);
        Message(AnswerSpeed.Later);
        db.CallRecords.Add(new CallRecord { Key = "r1", StartedAt = Local(1, 9).ToUniversalTime(), Direction = CallDirection.Inbound, Answered = true, WaitSeconds = 12, ImportedBy = "t" });
        db.CallRecords.Add(new CallRecord { Key = "r2", StartedAt = Local(1, 10).ToUniversalTime(), Direction = CallDirection.Inbound, Answered = true, WaitSeconds = 25, ImportedBy = "t" });
        db.CallRecords.Add(new CallRecord { Key = "r3", StartedAt = Local(1, 10).ToUniversalTime(), Direction = CallDirection.Outbound, Answered = true, WaitSeconds = 2, ImportedBy = "t" });
        void Mail(DateTimeOffset received, DateTimeOffset? closed) => db.MailItems.Add(new MailItem
        {
            Serial = $"M-{++n}",
            CompanyId = member.CompanyId,
            RecipientName = "Wang Wei",
            CompanyName = "Contoso",
            Kind = MailKind.Letter,
            Status = closed is null ? MailStatus.Notified : MailStatus.PickedUp,
            ReceivedAt = received.ToUniversalTime(),
            ClosedAt = closed?.ToUniversalTime(),
            LoggedBy = "x",
            LoggedByName = "Desk Zhou",
            SubmitToken = $"m{n}",
        });
        Mail(Local(1, 9), Local(1, 15));
        Mail(Local(1, 10), null);
        Mail(Local(1, 16), null);
        Mail(Local(1, 9).AddDays(-2), null);
        void Rating(int rating) => db.Feedback.Add(new FeedbackEntry
        {
            Rating = rating,
            Category = FeedbackCategory.Reception,
            Source = FeedbackSource.Kiosk,
            GivenAt = Local(1, 12).ToUniversalTime(),
            SubmitToken = $"f{++n}",
        });
        Rating(5);
        Rating(2);
        return await db.SaveChangesAsync();
    });

    [Fact]
    public async Task At_closing_time_every_manager_gets_the_days_summary_once_with_the_hand_counted_figures()
    {
        await using var scene = await Scene.StartAsync();
        await SeedAsync(scene);
        var mark = scene.Teams.Channel.MarkCalls();
        Assert.Empty(await scene.TickAsync());

        scene.Clock.Advance(TimeSpan.FromMinutes(59));
        Assert.Empty(await scene.TickAsync());
        Assert.Empty(scene.To(scene.Manager, mark));

        scene.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(["reports.daily"], await scene.TickAsync());
        var card = Assert.Single(scene.To(scene.Manager, mark)).CardText;
        Assert.Contains("Front desk today, Tuesday 1 December", card, StringComparison.Ordinal);
        Assert.Contains("Expected\n3", card, StringComparison.Ordinal);
        Assert.Contains("Arrived\n3 (walk-ins 2)", card, StringComparison.Ordinal);
        Assert.Contains("No-shows\n1", card, StringComparison.Ordinal);
        Assert.Contains("Host did not answer\n1", card, StringComparison.Ordinal);
        Assert.Contains("Phone messages\n4, 75% within three rings", card, StringComparison.Ordinal);
        Assert.Contains("Incoming calls (phone system)\n2, 50% within three rings", card, StringComparison.Ordinal);
        Assert.Contains("In / out\n3 logged, 1 collected or delivered", card, StringComparison.Ordinal);
        Assert.Contains("Ratings\naverage 3.5 from 2, 1 low (1–2)", card, StringComparison.Ordinal);
        Assert.Contains("Visitors on site: 1", card, StringComparison.Ordinal);
        Assert.Contains("Mail waiting for collection: 3", card, StringComparison.Ordinal);
        Assert.Contains("Mail waiting over 24 hours: 1", card, StringComparison.Ordinal);
        Assert.Contains("Urgent phone messages not called back: 1", card, StringComparison.Ordinal);
        Assert.Contains("Low ratings not followed up: 1", card, StringComparison.Ordinal);
        Assert.Empty(scene.To(scene.Desk, mark));
        Assert.Empty(scene.To(scene.Host, mark));

        // Later ticks the same evening send nothing more; the next closing time sends the next day's.
        scene.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Empty(await scene.TickAsync());
        scene.Clock.Advance(TimeSpan.FromHours(22));
        Assert.Equal(["reports.daily"], await scene.TickAsync());
        Assert.Contains("Wednesday 2 December", scene.To(scene.Manager, mark)[^1].CardText, StringComparison.Ordinal);
        Assert.Equal(2, scene.To(scene.Manager, mark).Count);
    }

    [Fact]
    public async Task Days_missed_while_the_app_was_down_give_one_late_summary_and_a_restart_does_not_send_it_again()
    {
        var clock = new FakeTimeProvider(Start);
        await using var channel = new FakeTeamsChannel();
        var restarted = new FrontDeskApp(clock);
        TeamsUser manager;
        int mark;
        await using (var scene = await Scene.StartAsync(app => app.Settings["Database:Path"] = restarted.DatabasePath, clock, channel))
        {
            manager = scene.Manager;
            await scene.TickAsync();
            mark = channel.MarkCalls();
            // Down from 17:00 on Tuesday until 09:00 on Friday: Tuesday's, Wednesday's and Thursday's closing times passed.
            clock.Advance(TimeSpan.FromHours(64));
            Assert.Equal(["reports.daily"], await scene.TickAsync());
            Assert.Contains("Thursday 3 December", Assert.Single(scene.To(manager, mark)).CardText, StringComparison.Ordinal);
        }

        restarted.Settings["Notifications:SendInBackground"] = "false";
        await using var teams = new TeamsHarness(restarted, channel);
        Assert.DoesNotContain("reports.daily", await teams.App.Services.GetRequiredService<ScheduleRunner>().RunDueAsync());
        await teams.App.Services.GetRequiredService<NotificationSender>().DrainOnceAsync();
        Assert.Single(channel.CallsSince(mark), c => c.ConversationId == manager.ConversationId && c.Method == "POST" && c.Card is not null);
    }

    [Fact]
    public async Task In_a_zone_with_daylight_saving_the_summary_follows_local_closing_time_across_the_change_and_reads_in_chinese()
    {
        // Berlin: 18:00 is 16:00 UTC on Saturday 24 Oct 2026 (summer time) and 17:00 UTC on Sunday 25 Oct (winter time).
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 10, 24, 12, 0, 0, TimeSpan.Zero));
        await using var scene = await Scene.StartAsync(app => app.Settings["FrontDesk:TimeZone"] = "Europe/Berlin", clock);
        await scene.Teams.SayAsync(scene.Manager, "你好", "zh-CN");
        await scene.TickAsync();
        var mark = scene.Teams.Channel.MarkCalls();

        clock.Advance(new DateTimeOffset(2026, 10, 24, 16, 0, 0, TimeSpan.Zero) - clock.GetUtcNow());
        Assert.Equal(["reports.daily"], await scene.TickAsync());
        Assert.Contains("今日前台概况，10月24日 星期六", Assert.Single(scene.To(scene.Manager, mark)).CardText, StringComparison.Ordinal);

        clock.Advance(new DateTimeOffset(2026, 10, 25, 16, 59, 0, TimeSpan.Zero) - clock.GetUtcNow());
        Assert.Empty(await scene.TickAsync());
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(["reports.daily"], await scene.TickAsync());
        Assert.Contains("10月25日 星期日", scene.To(scene.Manager, mark)[^1].CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_manager_asks_for_the_summary_now_and_a_bad_closing_time_stops_the_start()
    {
        await using var scene = await Scene.StartAsync();
        var now = await scene.Teams.OpenAsync(scene.Manager, "daily summary");
        Assert.Contains("Front desk today, Tuesday 1 December", now.CardText, StringComparison.Ordinal);
        var refused = await scene.Teams.SayAsync(scene.Desk, "daily summary");
        Assert.Contains(refused, c => c.CardText.Contains("Sorry, that is not available to you.", StringComparison.Ordinal));
        Assert.DoesNotContain(refused, c => c.CardText.Contains("Front desk today", StringComparison.Ordinal));

        var options = new FrontDesk.Bot.Features.Reports.ReportsOptionsValidator().Validate(null, new() { ClosingTime = "6pm" });
        Assert.True(options.Failed);
        Assert.Contains("Reports:ClosingTime must be a time of day as HH:mm", options.FailureMessage, StringComparison.Ordinal);
    }
}
