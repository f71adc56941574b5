using FrontDesk.Data.Supervision;
using FrontDesk.Tests.Harness;
using Newtonsoft.Json.Linq;
using static FrontDesk.Tests.Supervision.SupervisionScene;

namespace FrontDesk.Tests.Supervision;

public class RulesReviewRecordingTests
{
    // The scene at 09:00 on Friday 1 Jan 2027 with the owner's reminder for the second half of 2026 in their chat.
    private static async Task<(SupervisionScene Scene, RecordedCall Reminder)> RemindedAsync(string? owner = "Li.Na@Building.com", bool ownerChats = true,
        string ownerLocale = "en-US")
    {
        var scene = await StartAsync(owner, ownerChats, ownerLocale: ownerLocale);
        await scene.SeedHalfYearAsync();
        await scene.TickAsync();
        var mark = scene.Teams.Channel.MarkCalls();
        scene.MoveTo(Local(2027, 1, 1, 9));
        await scene.TickAsync();
        var to = owner is not null && ownerChats ? scene.Owner : scene.Chen;
        return (scene, Assert.Single(await scene.RulesCardsAsync(to, mark)));
    }

    [Fact]
    public async Task Kept_as_they_are_stores_the_review_with_its_figures_audits_it_tells_the_managers_and_a_second_tap_records_nothing_more()
    {
        var (scene, reminder) = await RemindedAsync();
        await using var _ = scene;
        var mark = scene.Teams.Channel.MarkCalls();

        var kept = Answer(await scene.Teams.PressAsync(scene.Owner, reminder, "Kept as they are"), scene.Owner);
        Assert.Equal("PUT", kept.Method);
        Assert.Contains("Recorded on 1 Jan 2027 by Li Na: kept as they are.", kept.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("Changed…", kept.CardText, StringComparison.Ordinal);
        Assert.Empty(kept.Card!["actions"] ?? new JArray());

        var review = Assert.Single(await scene.ReviewsAsync());
        Assert.Equal((new DateOnly(2026, 7, 1), new DateOnly(2026, 12, 31)), (review.PeriodFrom, review.PeriodTo));
        Assert.Equal(RulesReviewOutcome.Kept, review.Outcome);
        Assert.Null(review.Changes);
        Assert.Equal("Li Na", review.RecordedByName);
        Assert.Equal(scene.Owner.AadObjectId, review.RecordedBy);
        Assert.Equal(Local(2027, 1, 1, 9), review.RecordedAt);
        Assert.Equal((false, 5, 4, 4, 2, 3, 4.0, 4, 6.5, 3, 10), (review.CallsFromRecords, review.Calls, review.CallsWithinThreeRings, review.MailJudged,
            review.MailInTime, review.HostAnswers, review.HostResponseMedianMinutes, review.VisitorWaits, review.VisitorWaitMedianMinutes,
            review.VisitorWaitsWithinStandard, review.WaitStandardMinutes));
        var audit = Assert.Single(await scene.AuditAsync());
        Assert.Equal((scene.Owner.AadObjectId, "rules:2026-07-01..2026-12-31", "kept"), (audit.Actor, audit.Subject, audit.Details));

        foreach (var manager in new[] { scene.Chen, scene.Wu })
        {
            var told = Assert.Single(await scene.RulesCardsAsync(manager, mark)).CardText;
            Assert.Contains("Front-desk rules reviewed: kept as they are", told, StringComparison.Ordinal);
            Assert.Contains("Li Na recorded the review of 1 Jul – 31 Dec 2026 on 1 Jan 2027.", told, StringComparison.Ordinal);
            Assert.Contains("Mail collected or delivered within 24 h\n50% of 4", told, StringComparison.Ordinal);
        }
        Assert.Empty(await scene.RulesCardsAsync(scene.Zhou, mark));

        // The same card pressed again (another device still showing it): what was recorded, nothing added.
        var again = Answer(await scene.Teams.PressAsync(scene.Owner, reminder, "Changed…"), scene.Owner);
        Assert.Contains("This review had already been recorded; here is what was recorded.", again.CardText, StringComparison.Ordinal);
        Assert.Contains("Recorded on 1 Jan 2027 by Li Na: kept as they are.", again.CardText, StringComparison.Ordinal);
        Assert.Single(await scene.ReviewsAsync());
        Assert.Single(await scene.AuditAsync());
        Assert.Single(await scene.RulesCardsAsync(scene.Chen, mark));
    }

    [Fact]
    public async Task Changed_asks_what_changed_refuses_it_empty_or_too_long_and_records_it_escaped_for_the_managers()
    {
        var (scene, reminder) = await RemindedAsync();
        await using var _ = scene;
        var mark = scene.Teams.Channel.MarkCalls();

        var form = Answer(await scene.Teams.PressAsync(scene.Owner, reminder, "Changed…"), scene.Owner);
        Assert.Contains("What changed (at most 2,000 characters)", form.CardText, StringComparison.Ordinal);

        var empty = Answer(await scene.Teams.PressAsync(scene.Owner, scene.Teams.Current(reminder), "Record the change", new() { ["changes"] = "   " }), scene.Owner);
        Assert.Contains("This field is required.", empty.CardText, StringComparison.Ordinal);
        var longText = new string('a', 5000);
        var tooLong = Answer(await scene.Teams.PressAsync(scene.Owner, scene.Teams.Current(reminder), "Record the change", new() { ["changes"] = longText }), scene.Owner);
        Assert.Contains("Please keep this under 2000 characters.", tooLong.CardText, StringComparison.Ordinal);
        Assert.Equal(longText, (string?)tooLong.Card!.Descendants().OfType<JObject>().Single(o => (string?)o["id"] == "changes")["value"]);
        Assert.Empty(await scene.ReviewsAsync());
        Assert.Empty(await scene.AuditAsync());

        const string what = "Phone greeting now names the building. [Call us](http://evil.example) **now**";
        var recorded = Answer(await scene.Teams.PressAsync(scene.Owner, scene.Teams.Current(reminder), "Record the change", new() { ["changes"] = what }), scene.Owner);
        Assert.Contains($"Recorded on 1 Jan 2027 by Li Na: changed — {what}", recorded.CardText, StringComparison.Ordinal);
        var review = Assert.Single(await scene.ReviewsAsync());
        Assert.Equal((RulesReviewOutcome.Changed, what), (review.Outcome, review.Changes));
        Assert.Equal("changed: " + what, Assert.Single(await scene.AuditAsync()).Details);

        var told = Assert.Single(await scene.RulesCardsAsync(scene.Chen, mark));
        Assert.Contains("Front-desk rules reviewed: changed", told.CardText, StringComparison.Ordinal);
        Assert.Contains(what, told.CardText, StringComparison.Ordinal);
        Assert.Contains(@"\[Call us\]\(http://evil\.example\) \*\*now\*\*", told.RawCardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_colleague_at_the_desk_pressing_the_owners_card_is_refused_and_a_manager_is_told_the_owner_records_it()
    {
        var (scene, reminder) = await RemindedAsync();
        await using var _ = scene;

        var refused = await scene.Teams.PressAsync(scene.Zhou, reminder, "Kept as they are");
        Assert.Contains(refused, c => c.ConversationId == scene.Zhou.ConversationId && c.CardText.Contains("Sorry, that is not available to you", StringComparison.Ordinal));
        var manager = await scene.Teams.PressAsync(scene.Chen, reminder, "Kept as they are");
        Assert.Contains(manager, c => c.Text == "The rules owner, Li Na, records the review; the managers are told the outcome.");
        Assert.Empty(await scene.ReviewsAsync());

        // Forged: a tenant submits the record action by hand.
        var tenant = await scene.Teams.SubmitForgedAsync(scene.Wang, new JObject { ["action"] = "supervision.kept", ["from"] = "2026-07-01", ["to"] = "2026-12-31" }, null);
        Assert.Contains(tenant, c => c.CardText.Contains("Sorry, that is not available to you", StringComparison.Ordinal));
        // Forged: the owner names a period that has not ended, or no period at all.
        foreach (var data in new[]
        {
            new JObject { ["action"] = "supervision.kept", ["from"] = "2026-07-01", ["to"] = "2027-06-30" },
            new JObject { ["action"] = "supervision.change.save", ["from"] = "2026-12-31", ["to"] = "2026-07-01", ["changes"] = "x" },
            new JObject { ["action"] = "supervision.kept", ["from"] = "2020-01-01", ["to"] = "2026-12-31" },
            new JObject { ["action"] = "supervision.kept", ["from"] = new JArray(), ["to"] = "31/12/2026" },
        })
        {
            var outdated = await scene.Teams.SubmitForgedAsync(scene.Owner, data, null);
            Assert.Contains(outdated, c => c.Text == "That card names a period that cannot be reviewed. Type \"rules review\" for a current one.");
        }
        // Forged: a 5,000-character change sent straight to the save action.
        var forgedLong = await scene.Teams.SubmitForgedAsync(scene.Owner,
            new JObject { ["action"] = "supervision.change.save", ["from"] = "2026-07-01", ["to"] = "2026-12-31", ["changes"] = new string('b', 5000) }, null);
        Assert.Contains(forgedLong, c => c.CardText.Contains("Please keep this under 2000 characters.", StringComparison.Ordinal));
        Assert.Empty(await scene.ReviewsAsync());
        Assert.Empty(await scene.AuditAsync());
    }

    [Fact]
    public async Task When_the_managers_were_reminded_the_first_to_record_it_owns_it_and_a_colleagues_later_tap_is_shown_the_record()
    {
        var (scene, toChen) = await RemindedAsync(owner: null);
        await using var _ = scene;
        var toWu = Assert.Single(await scene.RulesCardsAsync(scene.Wu, 0));
        var mark = scene.Teams.Channel.MarkCalls();

        Answer(await scene.Teams.PressAsync(scene.Chen, toChen, "Kept as they are"), scene.Chen);
        var later = Answer(await scene.Teams.PressAsync(scene.Wu, toWu, "Changed…"), scene.Wu);
        Assert.Contains("This review had already been recorded", later.CardText, StringComparison.Ordinal);
        Assert.Contains("Recorded on 1 Jan 2027 by Chen Jing: kept as they are.", later.CardText, StringComparison.Ordinal);
        Assert.Equal("Chen Jing", Assert.Single(await scene.ReviewsAsync()).RecordedByName);
        // Wu is told; Chen, who recorded it, is not told again.
        Assert.Contains("Chen Jing recorded the review", Assert.Single(await scene.RulesCardsAsync(scene.Wu, mark)).CardText, StringComparison.Ordinal);
        Assert.Empty(await scene.RulesCardsAsync(scene.Chen, mark));
    }

    [Fact]
    public async Task The_owner_records_in_chinese_and_the_managers_read_it_in_their_language()
    {
        var (scene, reminder) = await RemindedAsync(ownerLocale: "zh-CN");
        await using var _ = scene;
        await scene.Teams.SayAsync(scene.Wu, "你好", "zh-CN");
        var mark = scene.Teams.Channel.MarkCalls();
        var zh = FrontDesk.Cards.Localization.Catalog.Default.For("zh-Hans");

        var form = Answer(await scene.Teams.PressAsync(scene.Owner, reminder, zh["supervision.review.changed"], locale: "zh-CN"), scene.Owner);
        Assert.Contains("修改了什么（最多 2,000 个字）", form.CardText, StringComparison.Ordinal);
        var empty = Answer(await scene.Teams.PressAsync(scene.Owner, scene.Teams.Current(reminder), "记录修改", new() { ["changes"] = "" }, locale: "zh-CN"), scene.Owner);
        Assert.Contains("此项为必填项。", empty.CardText, StringComparison.Ordinal);
        var done = Answer(await scene.Teams.PressAsync(scene.Owner, scene.Teams.Current(reminder), "记录修改", new() { ["changes"] = "来访登记增加了车牌号。" }, locale: "zh-CN"),
            scene.Owner);
        Assert.Contains("Li Na于2027年1月1日记录：已修改——来访登记增加了车牌号。", done.CardText, StringComparison.Ordinal);

        var toWu = Assert.Single(await scene.RulesCardsAsync(scene.Wu, mark)).CardText;
        Assert.Contains("前台规章已评审：已修改", toWu, StringComparison.Ordinal);
        Assert.Contains("Li Na于2027年1月1日记录了2026年7月1日至12月31日的评审。", toWu, StringComparison.Ordinal);
        Assert.Contains("Front-desk rules reviewed: changed", Assert.Single(await scene.RulesCardsAsync(scene.Chen, mark)).CardText, StringComparison.Ordinal);
    }
}
