using FrontDesk.Data.Supervision;
using Microsoft.Extensions.DependencyInjection;
using static FrontDesk.Tests.Supervision.SupervisionScene;

namespace FrontDesk.Tests.Supervision;

public class RulesHistoryTests
{
    [Fact]
    public async Task The_owner_sees_the_history_reviews_the_rules_now_after_an_unscheduled_change_and_the_newest_comes_first()
    {
        await using var scene = await StartAsync();
        await scene.SeedHalfYearAsync();
        await scene.TickAsync();
        var mark = scene.Teams.Channel.MarkCalls();
        scene.MoveTo(Local(2027, 1, 1, 9));
        await scene.TickAsync();
        await scene.Teams.PressAsync(scene.Owner, Assert.Single(await scene.RulesCardsAsync(scene.Owner, mark)), "Kept as they are");

        // Monday 15 Mar 2027: an unscheduled change.
        scene.MoveTo(Local(2027, 3, 15, 10));
        var history = await scene.Teams.OpenAsync(scene.Owner, "rules review");
        Assert.Contains("Reviews of the front-desk rules", history.CardText, StringComparison.Ordinal);
        Assert.Contains("Rules owner: Li Na (li.na@building.com)", history.CardText, StringComparison.Ordinal);
        Assert.Contains("Next reminder: Thu 1 Jul 2027, 09:00", history.CardText, StringComparison.Ordinal);
        Assert.Contains("1 Jul – 31 Dec 2026: kept as they are\nRecorded on 1 Jan 2027 by Li Na\nCalls 80% · Mail 50% · Host 4 min · Wait 6.5 min", history.CardText,
            StringComparison.Ordinal);

        var now = Assert.Single(await scene.Teams.PressAsync(scene.Owner, history, "Review the rules now"), c => c.Card is not null);
        Assert.Contains("Review of the front-desk rules", now.CardText, StringComparison.Ordinal);
        // 15 Sep 2026 – 14 Mar 2027, counted by hand from the same records (see SeedHalfYearAsync).
        Assert.Contains("Compliance, 15 Sep 2026 – 14 Mar 2027", now.CardText, StringComparison.Ordinal);
        Assert.Contains("Calls answered within three rings\n50% of 4 (the desk's own report)", now.CardText, StringComparison.Ordinal);
        Assert.Contains("Mail collected or delivered within 24 h\n0% of 3", now.CardText, StringComparison.Ordinal);
        Assert.Contains("Host's response, median\n8 min (2 answers)", now.CardText, StringComparison.Ordinal);
        Assert.Contains("Visitor's wait, median\n9 min, 67% within 10 min (3 visitors)", now.CardText, StringComparison.Ordinal);
        Assert.Contains("Last review (1 Jul – 31 Dec 2026): Recorded on 1 Jan 2027 by Li Na: kept as they are.", now.CardText, StringComparison.Ordinal);
        await scene.Teams.PressAsync(scene.Owner, now, "Changed…");
        await scene.Teams.PressAsync(scene.Owner, scene.Teams.Current(now), "Record the change", new() { ["changes"] = "Parcels over 20 kg are delivered to the suite." });

        // The same day again: the review of those months is the one just recorded.
        var again = Assert.Single(await scene.Teams.PressAsync(scene.Owner, history, "Review the rules now"), c => c.Card is not null);
        Assert.Contains("This review had already been recorded", again.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("Kept as they are", again.CardText, StringComparison.Ordinal);

        var both = await scene.Teams.OpenAsync(scene.Owner, "rules review");
        var newer = both.CardText.IndexOf("15 Sep 2026 – 14 Mar 2027: changed\nRecorded on 15 Mar 2027 by Li Na\nParcels over 20 kg are delivered to the suite.", StringComparison.Ordinal);
        var older = both.CardText.IndexOf("1 Jul – 31 Dec 2026: kept as they are", StringComparison.Ordinal);
        Assert.True(newer >= 0 && older > newer, both.CardText);
        Assert.Equal(2, (await scene.ReviewsAsync()).Count);

        // The use case the weekly report's appendix reads: newest first, at most as many as asked.
        var reviews = scene.Teams.App.Services.GetRequiredService<RulesReviews>();
        var latest = Assert.Single(await reviews.HistoryAsync(1));
        Assert.Equal((new DateOnly(2026, 9, 15), new DateOnly(2027, 3, 14), RulesReviewOutcome.Changed), (latest.PeriodFrom, latest.PeriodTo, latest.Outcome));
        Assert.Equal([RulesReviewOutcome.Changed, RulesReviewOutcome.Kept], (await reviews.HistoryAsync(10)).Select(r => r.Outcome));
    }

    [Fact]
    public async Task Managers_see_the_history_in_their_language_without_recording_while_the_desk_and_tenants_are_refused()
    {
        await using var scene = await StartAsync();
        var manager = await scene.Teams.OpenAsync(scene.Chen, "rules review");
        Assert.Contains("No review of the rules has been recorded yet.", manager.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("Review the rules now", manager.CardText, StringComparison.Ordinal);

        var chinese = await scene.Teams.OpenAsync(scene.Wu, "规章评审", "zh-CN");
        Assert.Contains("前台规章评审记录", chinese.CardText, StringComparison.Ordinal);
        Assert.Contains("规章负责人：Li Na (li.na@building.com)", chinese.CardText, StringComparison.Ordinal);
        Assert.Contains("下次提醒：2027年1月1日 周五 09:00", chinese.CardText, StringComparison.Ordinal);

        foreach (var user in new[] { scene.Zhou, scene.Wang })
        {
            var refused = await scene.Teams.SayAsync(user, "rules review");
            Assert.Contains(refused, c => c.CardText.Contains("Sorry, that is not available to you", StringComparison.Ordinal));
            Assert.DoesNotContain(refused, c => c.CardText.Contains("Reviews of the front-desk rules", StringComparison.Ordinal));
        }
        // Forged: the desk colleague asks for the review card by its action.
        var forged = await scene.Teams.SubmitForgedAsync(scene.Zhou, new Newtonsoft.Json.Linq.JObject { ["action"] = "supervision.now" }, null);
        Assert.Contains(forged, c => c.CardText.Contains("Sorry, that is not available to you", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_an_owner_who_uses_the_bot_the_managers_are_told_so_and_review_the_rules_now_themselves()
    {
        await using var scene = await StartAsync(ownerChats: false);
        var history = await scene.Teams.OpenAsync(scene.Chen, "rules review");
        Assert.Contains("The rules owner li.na@building.com is not a staff member who uses the bot", history.CardText, StringComparison.Ordinal);
        var now = Assert.Single(await scene.Teams.PressAsync(scene.Chen, history, "Review the rules now"), c => c.Card is not null);
        Assert.Contains("Compliance, 28 Jun – 27 Dec 2026", now.CardText, StringComparison.Ordinal);
        await scene.Teams.PressAsync(scene.Chen, now, "Kept as they are");
        Assert.Equal("Chen Jing", Assert.Single(await scene.ReviewsAsync()).RecordedByName);
    }
}
