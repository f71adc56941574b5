using FrontDesk.Data.Calls;
using FrontDesk.Data.Mail;
using FrontDesk.Tests.Staffing;

namespace FrontDesk.Tests.Traffic;

public class TrafficTeamsTests
{
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    private static DateTimeOffset Local(int month, int day, int hour, int minute) => new(2026, month, day, hour, minute, 0, Shanghai);

    // The week of Monday 2 Nov 2026 as in TrafficCountTests: 9:00 has 8 interactions (Mon 2 visitors, 1 call, 1 mail
    // logged; Tue 1 visitor, 2 inbound calls from the phone system, 1 mail delivered), 10:00 2, 11:00 1, 14:00 3;
    // 14 in all over 7 days. And 12 Nov (a Thursday, later): 3 visitors at 12:00.
    private static Task SeedAsync(StaffingScene scene) => DeskRecords.WriteAsync(scene.Teams, r =>
    {
        r.Visit(Local(11, 2, 9, 10));
        r.Visit(Local(11, 2, 9, 40));
        r.Visit(Local(11, 2, 10, 5));
        r.Visit(Local(11, 2, 14, 30));
        r.Visit(Local(11, 3, 9, 15));
        r.Message(Local(11, 2, 9, 20));
        r.Message(Local(11, 2, 11, 5));
        r.Message(Local(11, 3, 9, 30));
        r.Call(Local(11, 3, 9, 5));
        r.Call(Local(11, 3, 9, 50), answered: false);
        r.Call(Local(11, 3, 10, 0), CallDirection.Outbound);
        r.Mail(Local(11, 2, 9, 30), Local(11, 2, 14, 10));
        r.Mail(Local(11, 2, 10, 20), Local(11, 3, 9, 5), MailStatus.Delivered);
        r.Mail(Local(11, 3, 14, 45));
        r.Visit(Local(11, 12, 12, 0));
        r.Visit(Local(11, 12, 12, 10));
        r.Visit(Local(11, 12, 12, 20));
    });

    [Fact]
    public async Task Desk_staff_see_the_weeks_traffic_per_hour_and_its_peaks_beside_the_plans()
    {
        await using var scene = await StaffingScene.StartAsync();
        await SeedAsync(scene);

        var card = await scene.Teams.OpenAsync(scene.Desk, "traffic 2026-11-02 2026-11-08");

        var text = card.CardText;
        Assert.Contains("Desk traffic, 2026-11-02 – 2026-11-08", text, StringComparison.Ordinal);
        Assert.Contains("Peak hours in the data: 09:00–10:00", text, StringComparison.Ordinal);
        Assert.Contains("A peak hour has at least 75% of the interactions of the busiest hour, 09:00–10:00, which saw 1.1 a day on average.", text, StringComparison.Ordinal);
        Assert.Contains("The plan's peak hours: 09:00–11:00, 14:00–16:00", text, StringComparison.Ordinal);
        Assert.Contains("One of the plan's peaks, but not busy in the data: 10:00–11:00, 14:00–16:00", text, StringComparison.Ordinal);
        Assert.Contains("Hour\nVisitors\nCalls\nMail in\nMail out\nAll, a day", text, StringComparison.Ordinal);
        // 9:00: 3 visitors, 3 calls (1 message on Monday, 2 inbound records on Tuesday), 1 in, 1 out: 8 / 7 days = 1.1.
        Assert.Contains("09:00 ★ ◇\n3\n3\n1\n1\n1.1", text, StringComparison.Ordinal);
        Assert.Contains("10:00 ◇\n1\n0\n1\n0\n0.3", text, StringComparison.Ordinal);
        Assert.Contains("11:00\n0\n1\n0\n0\n0.1", text, StringComparison.Ordinal);
        Assert.Contains("15:00 ◇\n0\n0\n0\n0\n0", text, StringComparison.Ordinal);
        Assert.Contains("All hours\n5\n4\n3\n2\n2", text, StringComparison.Ordinal);
        Assert.Contains("Monday\n9 in all, 9 a day on average", text, StringComparison.Ordinal);
        Assert.Contains("Tuesday\n5 in all, 5 a day on average", text, StringComparison.Ordinal);
        Assert.Contains("Calls: the phone system's incoming calls on the 1 of 7 days with its records, the phone messages the desk logged on the others.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("12:00", text, StringComparison.Ordinal);

        // Today is Monday 30 Nov: the last 28 days are 3–30 Nov: Tuesday 3 Nov's 4 at 9:00 and 1 at 14:00, and 12 Nov's
        // 3 visitors at 12:00, which reach 75% of 4.
        var recent = Assert.Single(await scene.Teams.PressAsync(scene.Desk, card, "Last 28 days"));
        Assert.Contains("Desk traffic, 2026-11-03 – 2026-11-30", recent.CardText, StringComparison.Ordinal);
        Assert.Contains("Peak hours in the data: 09:00–10:00, 12:00–13:00", recent.CardText, StringComparison.Ordinal);
        Assert.Contains("Busy, but not one of the plan's peaks: 12:00–13:00", recent.CardText, StringComparison.Ordinal);
        Assert.Contains("Calls: the phone system's incoming calls on the 1 of 28 days with its records", recent.CardText, StringComparison.Ordinal);

        var lastWeek = Assert.Single(await scene.Teams.PressAsync(scene.Desk, recent, "Last 7 days"));
        Assert.Contains("Desk traffic, 2026-11-24 – 2026-11-30", lastWeek.CardText, StringComparison.Ordinal);
        Assert.Contains("Calls: the phone messages the desk logged (no call records from the phone system for these days).", lastWeek.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_peaks_follow_the_settings_the_card_reads_in_Chinese_and_members_cannot_see_it()
    {
        await using var scene = await StaffingScene.StartAsync(app =>
        {
            app.Settings["Traffic:PlanPeaks"] = "09:00-10:00";
            app.Settings["Traffic:PeakSharePercent"] = "25";
        });
        await SeedAsync(scene);

        // 25% of 8 is 2: 9:00, 10:00 (2) and 14:00 (3) are peaks; the plan names 9:00 only.
        var card = await scene.Teams.OpenAsync(scene.Manager, "客流 2026-11-02 2026-11-08", "zh-CN");
        Assert.Contains("前台客流，2026-11-02 – 2026-11-08", card.CardText, StringComparison.Ordinal);
        Assert.Contains("数据中的高峰时段：09:00–11:00、14:00–15:00", card.CardText, StringComparison.Ordinal);
        Assert.Contains("计划中的高峰时段：09:00–10:00", card.CardText, StringComparison.Ordinal);
        Assert.Contains("繁忙，但不在计划的高峰时段内：10:00–11:00、14:00–15:00", card.CardText, StringComparison.Ordinal);
        Assert.Contains("星期一\n共 9 次，平均每天 9 次", card.CardText, StringComparison.Ordinal);

        var empty = await scene.Teams.OpenAsync(scene.Manager, "traffic 2026-10-01");
        Assert.Contains("No desk interactions were recorded in these days, so no peak hours can be found.", empty.CardText, StringComparison.Ordinal);

        Assert.Contains("not available to you", (await scene.Teams.OpenAsync(scene.Tenant, "traffic")).CardText, StringComparison.Ordinal);
        Assert.Equal("Type the days like this: traffic 2026-11-02, or traffic 2026-11-02 2026-11-29 (at most 366 days).",
            Assert.Single(await scene.Teams.SayAsync(scene.Manager, "traffic 2025-01-01 2026-11-30")).Text);
    }
}
