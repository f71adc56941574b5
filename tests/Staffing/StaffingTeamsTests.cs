namespace FrontDesk.Tests.Staffing;

// The staffing table of Tuesday 1 Dec 2026 worked by hand in StaffingPlanTests, as a manager sees it in Teams.
public class StaffingTeamsTests
{
    [Fact]
    public async Task A_manager_sees_the_days_need_against_the_roster_then_the_week_and_back()
    {
        await using var scene = await StaffingScene.StartAsync();
        await scene.SeedTrafficAndRosterAsync();
        var teams = scene.Teams;

        var day = await teams.OpenAsync(scene.Manager, "staffing 2026-12-01");

        var text = day.CardText;
        Assert.Contains("Staffing, Tuesday 1 Dec", text, StringComparison.Ordinal);
        Assert.Contains("Target: 80% of arrivals served within 20 s, nobody busy more than 85% of the time, 30% shrinkage (time on the roster away from the desk); at least 2 at the desk in the plan's peak hours (09:00–11:00, 14:00–16:00).", text, StringComparison.Ordinal);
        Assert.Contains("Handling times, configured (no record the desk keeps holds a duration): a visitor 120 s, a call 180 s, a mail item logged or handed over 60 s.", text, StringComparison.Ordinal);
        Assert.Contains("Arrivals per hour: averaged over the Tuesdays between 2026-11-03 and 2026-11-30 with desk records (2).", text, StringComparison.Ordinal);
        Assert.Contains("Needed 14 person-hours, rostered 15.5. Short: 4.5 person-hours (09:00–11:00, 14:00–15:00). To spare: 6 person-hours (08:00–09:00, 11:00–12:00, 13:00–14:00, 16:00–18:00).", text, StringComparison.Ordinal);
        Assert.Contains("The plan's minimum, not the model, set the need in 15:00–16:00.", text, StringComparison.Ordinal);
        Assert.Contains("Adding a shift 08:00–16:00 would leave 2 person-hours short instead of 4.5.", text, StringComparison.Ordinal);
        Assert.Contains("Moving Wang Fang's shift 14:30–18:00 to 09:00–12:30 would leave 4 person-hours short instead of 4.5.", text, StringComparison.Ordinal);
        Assert.Contains("Hour\nArrivals\nAt the desk\nNeeded\nRostered\nGap", text, StringComparison.Ordinal);
        Assert.Contains("09:00 ◇\n30\n3\n5\n2\n3 short", text, StringComparison.Ordinal);
        Assert.Contains("10:00 ◇\n10\n2\n3\n2\n1 short", text, StringComparison.Ordinal);
        Assert.Contains("11:00\n0\n0\n0\n2\n2 to spare", text, StringComparison.Ordinal);
        Assert.Contains("12:00\n2\n1\n2\n2\n✓", text, StringComparison.Ordinal);
        Assert.Contains("14:00 ◇\n6\n1\n2\n1.5\n0.5 short", text, StringComparison.Ordinal);
        Assert.Contains("15:00 ◇\n0\n0\n2 ◆\n2\n✓", text, StringComparison.Ordinal);
        Assert.DoesNotContain("07:00", text, StringComparison.Ordinal);

        var week = Assert.Single(await teams.PressAsync(scene.Manager, day, "This week"));
        Assert.Contains("Staffing, week 2026-W49 (Monday 30 Nov – Sunday 6 Dec)", week.CardText, StringComparison.Ordinal);
        Assert.Contains("Tuesday 1 Dec\nNeeded 14 person-hours, rostered 15.5. Short: 4.5 person-hours (09:00–11:00, 14:00–15:00).", week.CardText, StringComparison.Ordinal);
        Assert.Contains("Monday 30 Nov\nNeeded 0 person-hours, rostered 0. The roster covers the need in every hour.", week.CardText, StringComparison.Ordinal);

        var back = Assert.Single(await teams.PressAsync(scene.Manager, week, "Hour by hour", within: "Tuesday 1 Dec"));
        Assert.Contains("Staffing, Tuesday 1 Dec", back.CardText, StringComparison.Ordinal);
        var next = Assert.Single(await teams.PressAsync(scene.Manager, back, "Day after"));
        Assert.Contains("Staffing, Wednesday 2 Dec", next.CardText, StringComparison.Ordinal);
        var roster = Assert.Single(await teams.PressAsync(scene.Manager, next, "Roster"));
        Assert.Contains("Tuesday 1 Dec\nLi Na · 08:00–16:00 (8 h)", roster.CardText, StringComparison.Ordinal);
        Assert.Contains("Wang Fang · 14:30–18:00 (3.5 h)", roster.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_Chinese_the_table_reads_in_Chinese_today_without_records_is_closed_and_desk_staff_cannot_see_it()
    {
        await using var scene = await StaffingScene.StartAsync();
        await scene.SeedTrafficAndRosterAsync();
        var teams = scene.Teams;

        var day = await teams.OpenAsync(scene.Manager, "人员配置 2026-12-01", "zh-CN");
        Assert.Contains("人员配置，12月1日 星期二", day.CardText, StringComparison.Ordinal);
        Assert.Contains("需要 14 人时，已排 15.5 人时。缺口：4.5 人时（09:00–11:00、14:00–15:00）。", day.CardText, StringComparison.Ordinal);
        Assert.Contains("在 15:00–16:00，所需人数由计划的最低人数而非模型决定。", day.CardText, StringComparison.Ordinal);
        Assert.Contains("将Wang Fang的班次 14:30–18:00 改为 09:00–12:30，缺口将从 4.5 人时降为 4 人时。", day.CardText, StringComparison.Ordinal);
        Assert.Contains("09:00 ◇\n30\n3\n5\n2\n缺 3", day.CardText, StringComparison.Ordinal);
        var week = Assert.Single(await teams.PressAsync(scene.Manager, day, "本周", locale: "zh-CN"));
        Assert.Contains("人员配置，2026-W49 周（11月30日 星期一 – 12月6日 星期日）", week.CardText, StringComparison.Ordinal);

        // Today, Monday 30 Nov: no Monday of the last four weeks has records and nobody is rostered.
        var today = await teams.OpenAsync(scene.Manager, "staffing");
        Assert.Contains("Staffing, Monday 30 Nov", today.CardText, StringComparison.Ordinal);
        Assert.Contains("No Monday in the last 4 weeks has desk records and nobody is rostered: the desk is taken as closed.", today.CardText, StringComparison.Ordinal);
        Assert.Contains("Needed 0 person-hours, rostered 0. The roster covers the need in every hour.", today.CardText, StringComparison.Ordinal);

        Assert.Contains("not available to you", (await teams.OpenAsync(scene.Desk, "staffing")).CardText, StringComparison.Ordinal);
        Assert.Equal("Type the day like this: staffing, staffing 2026-12-07, staffing week, staffing next week or staffing 2026-W50.",
            Assert.Single(await teams.SayAsync(scene.Manager, "staffing someday")).Text);
    }
}
