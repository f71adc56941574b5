using FrontDesk.Bot.Notifications;
using FrontDesk.Data.Training;
using FrontDesk.Tests.Harness;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FrontDesk.Tests.Training;

public class QuarterlyRuleTests
{
    [Fact]
    public async Task Training_status_shows_managers_who_has_not_attended_this_quarter_with_what_they_booked_and_who_has_with_the_session()
    {
        await using var scene = await TrainingScene.StartAsync();
        await AttendedAndBookedAsync(scene);

        var status = await scene.Teams.OpenAsync(scene.Boss, "training status");
        Assert.Contains("Training in 2026 Q4", status.CardText, StringComparison.Ordinal);
        Assert.Contains("(1 Oct – 31 Dec 2026, building time)", status.CardText, StringComparison.Ordinal);
        Assert.Contains("Not attended yet (2)", status.CardText, StringComparison.Ordinal);
        Assert.Contains("Desk Qian\nsigned up: Communication, Tue 15 Dec", status.CardText, StringComparison.Ordinal);
        Assert.Contains("Desk Sun\nno place booked", status.CardText, StringComparison.Ordinal);
        Assert.Contains("Attended (1)", status.CardText, StringComparison.Ordinal);
        Assert.Contains("Desk Zhou\nEtiquette, Wed 2 Dec", status.CardText, StringComparison.Ordinal);
        // Managers run the sessions and are not counted.
        Assert.DoesNotContain("Boss Wu", status.CardText, StringComparison.Ordinal);

        var zh = await scene.Teams.OpenAsync(scene.Boss, "培训情况", "zh-CN");
        Assert.Contains("2026年第4季度培训情况", zh.CardText, StringComparison.Ordinal);
        Assert.Contains("Desk Qian\n已报名：沟通，12月15日 周二", zh.CardText, StringComparison.Ordinal);
        Assert.Contains("尚未参加（2 人）", zh.CardText, StringComparison.Ordinal);

        var previous = Assert.Single(await scene.Teams.PressAsync(scene.Boss, status, "Previous quarter (2026-Q3)"));
        Assert.Contains("Training in 2026 Q3", previous.CardText, StringComparison.Ordinal);
        Assert.Contains("Not attended yet (3)", previous.CardText, StringComparison.Ordinal);
        Assert.Contains("Training in 2026 Q3", (await scene.Teams.OpenAsync(scene.Boss, "training status 2026-q3")).CardText, StringComparison.Ordinal);
        Assert.Equal("Write the quarter like 2026-Q4 (\"training status 2026-Q4\").", Assert.Single(await scene.Teams.SayAsync(scene.Boss, "training status next")).Text);
        Assert.Contains("Sorry, that is not available to you.", Assert.Single(await scene.Teams.SayAsync(scene.Zhou, "training status")).CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Three_weeks_before_the_quarter_ends_those_who_have_not_attended_and_the_managers_are_reminded_once_even_across_a_restart()
    {
        var clock = new FakeTimeProvider(TrainingScene.Start);
        await using var channel = new FakeTeamsChannel();
        var afterRestart = new FrontDeskApp(clock);
        TeamsUser zhou, qian, sun, boss;
        await using (var scene = await TrainingScene.StartAsync(app => app.Settings["Database:Path"] = afterRestart.DatabasePath, channel, clock))
        {
            (zhou, qian, sun, boss) = (scene.Zhou, scene.Qian, scene.Sun, scene.Boss);
            await scene.Teams.SayAsync(sun, "你好", "zh-CN");
            await AttendedAndBookedAsync(scene);

            // The quarter ends with 31 Dec: three weeks before is Friday 11 Dec, at 16:00 in Shanghai (08:00 UTC).
            clock.Advance(new DateTimeOffset(2026, 12, 11, 7, 59, 0, TimeSpan.Zero) - clock.GetUtcNow());
            var mark = channel.MarkCalls();
            Assert.False((await scene.RunRoundAsync()).QuarterReminded);
            Assert.Empty(await scene.ReceivedAsync(qian, mark));

            clock.Advance(TimeSpan.FromMinutes(1));
            Assert.True((await scene.RunRoundAsync()).QuarterReminded);
            var toQian = Assert.Single(await scene.ReceivedAsync(qian, mark));
            Assert.Contains("A training session in 2026 Q4", toQian.CardText, StringComparison.Ordinal);
            Assert.Contains("You have not attended a training session in 2026 Q4 yet, and the quarter ends on 31 December.", toQian.CardText, StringComparison.Ordinal);
            var toSun = Assert.Single(await scene.ReceivedAsync(sun, mark));
            Assert.Contains("您在2026年第4季度还没有参加培训，本季度将于12月31日结束。", toSun.CardText, StringComparison.Ordinal);
            var toBoss = Assert.Single(await scene.ReceivedAsync(boss, mark));
            Assert.Contains("Training in 2026 Q4: 2 staff have not attended yet", toBoss.CardText, StringComparison.Ordinal);
            Assert.Contains("Desk Qian, Desk Sun", toBoss.CardText, StringComparison.Ordinal);
            Assert.Empty(await scene.ReceivedAsync(zhou, mark));

            // The manager's button opens the status.
            var status = Assert.Single(await scene.Teams.PressAsync(boss, toBoss, "Training status"));
            Assert.Contains("Not attended yet (2)", status.CardText, StringComparison.Ordinal);

            clock.Advance(TimeSpan.FromHours(1));
            mark = channel.MarkCalls();
            Assert.False((await scene.RunRoundAsync()).QuarterReminded);
            Assert.Empty(await scene.ReceivedAsync(qian, mark));
        }

        // Restarted on the same database: the quarter's reminder is a row, so it does not go out again.
        afterRestart.Settings["Notifications:SendInBackground"] = "false";
        await using var teams = new TeamsHarness(afterRestart, channel);
        var again = channel.MarkCalls();
        clock.Advance(TimeSpan.FromDays(1));
        Assert.False((await teams.App.Services.GetRequiredService<TrainingRounds>().RunOnceAsync()).QuarterReminded);
        await teams.App.Services.GetRequiredService<NotificationSender>().DrainOnceAsync();
        Assert.DoesNotContain(channel.CallsSince(again), c => c.Method == "POST" && c.Path.Contains("/activities", StringComparison.Ordinal));
        var row = Assert.Single(await teams.WithDbAsync(db => db.TrainingQuarterReminders.AsNoTracking().ToListAsync()));
        Assert.Equal(("2026-Q4", 2, 1), (row.Quarter, row.StaffReminded, row.ManagersTold));
    }

    // Desk Zhou attended Etiquette on Wed 2 Dec; Desk Qian missed it and has booked Communication on Tue 15 Dec;
    // Desk Sun has done nothing. The clock ends on Thursday 3 Dec.
    private static async Task AttendedAndBookedAsync(TrainingScene scene)
    {
        await scene.CreateAsync(TrainingScene.SessionFields(date: "2026-12-02", time: "10:00"));
        await scene.CreateAsync(TrainingScene.SessionFields(topic: "Communication", date: "2026-12-15"));
        await scene.SignUpAsync(scene.Zhou);
        await scene.SignUpAsync(scene.Qian);
        await scene.SignUpAsync(scene.Qian, "Communication");
        scene.Clock.Advance(TimeSpan.FromHours(26));
        var list = await scene.Teams.OpenAsync(scene.Boss, "attendance");
        var form = Assert.Single(await scene.Teams.PressAsync(scene.Boss, list, "Mark attendance", within: "Etiquette"));
        var zhou = (await scene.SignUpsAsync()).First(u => u.StaffName == "Desk Zhou").StaffId;
        await scene.Teams.PressAsync(scene.Boss, form, "Save attendance", new() { [$"present.{zhou}"] = "true" });
    }
}
