using FrontDesk.Bot.Hosting.Schedules;
using FrontDesk.Tests.Harness;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static FrontDesk.Tests.Supervision.SupervisionScene;

namespace FrontDesk.Tests.Supervision;

public class RulesReviewReminderTests
{
    [Fact]
    public async Task At_09_00_on_the_first_weekday_of_January_the_owner_alone_is_reminded_once_with_the_hand_counted_figures_of_the_half_year()
    {
        await using var scene = await StartAsync();
        await scene.SeedHalfYearAsync();
        await scene.TickAsync();
        var mark = scene.Teams.Channel.MarkCalls();

        // Friday 1 Jan 2027 is the first weekday: 08:59 there is not yet.
        scene.MoveTo(Local(2027, 1, 1, 8, 59));
        Assert.DoesNotContain("supervision.review", await scene.TickAsync());
        Assert.Empty(await scene.RulesCardsAsync(scene.Owner, mark));

        scene.MoveTo(Local(2027, 1, 1, 9, 0));
        Assert.Contains("supervision.review", await scene.TickAsync());
        var card = Assert.Single(await scene.RulesCardsAsync(scene.Owner, mark)).CardText;
        Assert.Contains("Time to review the front-desk rules", card, StringComparison.Ordinal);
        Assert.Contains("Compliance, 1 Jul – 31 Dec 2026", card, StringComparison.Ordinal);
        Assert.Contains("Calls answered within three rings\n80% of 5 (the desk's own report)", card, StringComparison.Ordinal);
        Assert.Contains("Mail collected or delivered within 24 h\n50% of 4", card, StringComparison.Ordinal);
        Assert.Contains("Host's response, median\n4 min (3 answers)", card, StringComparison.Ordinal);
        Assert.Contains("Visitor's wait, median\n6.5 min, 75% within 10 min (4 visitors)", card, StringComparison.Ordinal);
        Assert.Contains("No review of the rules has been recorded yet.", card, StringComparison.Ordinal);
        Assert.DoesNotContain("comes to the managers", card, StringComparison.Ordinal);
        foreach (var other in new[] { scene.Chen, scene.Wu, scene.Zhou, scene.Wang })
        {
            Assert.Empty(await scene.RulesCardsAsync(other, mark));
        }

        // Later ticks that day and the days after send nothing more; the next is in July.
        scene.MoveTo(Local(2027, 1, 1, 9, 30));
        Assert.DoesNotContain("supervision.review", await scene.TickAsync());
        scene.MoveTo(Local(2027, 1, 4, 9, 0));
        Assert.DoesNotContain("supervision.review", await scene.TickAsync());
        Assert.Single(await scene.RulesCardsAsync(scene.Owner, mark));
        scene.MoveTo(Local(2027, 7, 1, 9, 0));
        Assert.Contains("supervision.review", await scene.TickAsync());
        var july = await scene.RulesCardsAsync(scene.Owner, mark);
        Assert.Equal(2, july.Count);
        Assert.Contains("Compliance, 1 Jan – 30 Jun 2027", july[1].CardText, StringComparison.Ordinal);
        Assert.Contains("Calls answered within three rings\n0% of 1 (the desk's own report)", july[1].CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reminder_missed_while_the_app_was_down_comes_late_once_and_a_restart_on_the_same_database_does_not_send_it_again()
    {
        var clock = new FakeTimeProvider(Start);
        await using var channel = new FakeTeamsChannel();
        var restarted = new FrontDeskApp(clock);
        TeamsUser owner;
        int mark;
        await using (var scene = await StartAsync(configure: app => app.Settings["Database:Path"] = restarted.DatabasePath, clock: clock, channel: channel))
        {
            owner = scene.Owner;
            await scene.TickAsync();
            mark = channel.MarkCalls();
            // Down from Monday 28 Dec until 14:00 on Tuesday 5 Jan: the reminder of Friday 1 Jan at 09:00 was missed.
            scene.MoveTo(Local(2027, 1, 5, 14));
            Assert.Contains("supervision.review", await scene.TickAsync());
            Assert.Contains("Compliance, 1 Jul – 31 Dec 2026", Assert.Single(await scene.RulesCardsAsync(owner, mark)).CardText, StringComparison.Ordinal);
        }

        restarted.Settings["Notifications:SendInBackground"] = "false";
        restarted.Settings["Supervision:RulesOwner"] = "li.na@building.com";
        await using var teams = new TeamsHarness(restarted, channel);
        Assert.DoesNotContain("supervision.review", await teams.App.Services.GetRequiredService<ScheduleRunner>().RunDueAsync());
        await teams.App.Services.GetRequiredService<Bot.Notifications.NotificationSender>().DrainOnceAsync();
        Assert.Single(channel.CallsSince(mark), c => c.ConversationId == owner.ConversationId && c.Method == "POST" && c.Card is not null
            && c.CardText.Contains("Time to review the front-desk rules", StringComparison.Ordinal));
    }

    [Fact]
    public async Task When_the_first_of_the_month_is_a_saturday_the_reminder_waits_for_monday_and_reads_in_the_owners_chinese()
    {
        // Saturday 1 Jan 2028: the first weekday is Monday 3 Jan.
        var clock = new FakeTimeProvider(Local(2027, 12, 30, 10).ToUniversalTime());
        await using var scene = await StartAsync(clock: clock, ownerLocale: "zh-CN");
        await scene.TickAsync();
        var mark = scene.Teams.Channel.MarkCalls();

        scene.MoveTo(Local(2028, 1, 1, 9));
        Assert.DoesNotContain("supervision.review", await scene.TickAsync());
        scene.MoveTo(Local(2028, 1, 3, 8, 59));
        Assert.DoesNotContain("supervision.review", await scene.TickAsync());
        Assert.Empty(await scene.RulesCardsAsync(scene.Owner, mark));
        scene.MoveTo(Local(2028, 1, 3, 9));
        Assert.Contains("supervision.review", await scene.TickAsync());
        var card = Assert.Single(await scene.RulesCardsAsync(scene.Owner, mark));
        Assert.Equal("zh-Hans", (string?)card.Body!["locale"]);
        Assert.Contains("该评审前台规章了", card.CardText, StringComparison.Ordinal);
        Assert.Contains("合规情况，2027年7月1日至12月31日", card.CardText, StringComparison.Ordinal);
        Assert.Contains("三声铃内接听的来电\n没有来电", card.CardText, StringComparison.Ordinal);
        Assert.Contains("尚未记录过规章评审。", card.CardText, StringComparison.Ordinal);
        Assert.Contains("保持不变", card.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_a_zone_with_summer_time_the_reminder_follows_the_local_0900_and_a_set_cron_and_period_length_are_used()
    {
        // Berlin, every three months on the 2nd at 10:00: 2 Apr 2027 is in summer time (08:00 UTC), 2 Jan in winter (09:00 UTC).
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 30, 12, 0, 0, TimeSpan.Zero));
        await using var scene = await StartAsync(configure: app =>
        {
            app.Settings["FrontDesk:TimeZone"] = "Europe/Berlin";
            app.Settings["Supervision:ReviewMonths"] = "3";
            app.Settings["Supervision:ReviewCron"] = "0 10 2 1,4,7,10 *";
        }, clock: clock);
        await scene.TickAsync();
        var mark = scene.Teams.Channel.MarkCalls();

        scene.MoveTo(new DateTimeOffset(2027, 1, 2, 8, 59, 0, TimeSpan.Zero));
        Assert.DoesNotContain("supervision.review", await scene.TickAsync());
        scene.MoveTo(new DateTimeOffset(2027, 1, 2, 9, 0, 0, TimeSpan.Zero));
        Assert.Contains("supervision.review", await scene.TickAsync());
        Assert.Contains("Compliance, 1 Oct – 31 Dec 2026", Assert.Single(await scene.RulesCardsAsync(scene.Owner, mark)).CardText, StringComparison.Ordinal);

        scene.MoveTo(new DateTimeOffset(2027, 4, 2, 7, 59, 0, TimeSpan.Zero));
        Assert.DoesNotContain("supervision.review", await scene.TickAsync());
        scene.MoveTo(new DateTimeOffset(2027, 4, 2, 8, 0, 0, TimeSpan.Zero));
        Assert.Contains("supervision.review", await scene.TickAsync());
        Assert.Contains("Compliance, 1 Jan – 31 Mar 2027", (await scene.RulesCardsAsync(scene.Owner, mark))[^1].CardText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("nobody@building.com", true)]
    [InlineData("li.na@building.com", false)]
    public async Task When_the_owner_is_not_a_staff_member_who_uses_the_bot_the_managers_are_reminded_instead(string? owner, bool ownerChats)
    {
        await using var scene = await StartAsync(owner, ownerChats);
        await scene.TickAsync();
        var mark = scene.Teams.Channel.MarkCalls();
        scene.MoveTo(Local(2027, 1, 1, 9));
        Assert.Contains("supervision.review", await scene.TickAsync());

        foreach (var manager in new[] { scene.Chen, scene.Wu })
        {
            var card = Assert.Single(await scene.RulesCardsAsync(manager, mark)).CardText;
            Assert.Contains("No rules owner uses the bot, so this reminder comes to the managers", card, StringComparison.Ordinal);
            Assert.Contains("Kept as they are", card, StringComparison.Ordinal);
        }
        Assert.Empty(await scene.RulesCardsAsync(scene.Zhou, mark));
        Assert.Empty(await scene.RulesCardsAsync(scene.Owner, mark));
    }
}
