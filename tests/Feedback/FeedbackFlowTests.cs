using FrontDesk.Data.Feedback;
using FrontDesk.Tests.Harness;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Tests.Feedback;

public class FeedbackFlowTests
{
    [Fact]
    public async Task A_members_two_stars_alert_the_manager_at_once_without_their_name_and_the_managers_follow_up_is_recorded()
    {
        await using var scene = await FeedbackScene.StartAsync();
        var form = await scene.OpenFormAsync(scene.Wang);
        Assert.Contains("Feedback on the front desk", form.CardText, StringComparison.Ordinal);
        Assert.Contains("★★☆☆☆ 2 – Poor", form.CardText, StringComparison.Ordinal);
        Assert.Contains("Mail and parcels", form.CardText, StringComparison.Ordinal);
        Assert.Contains("Comment (optional, at most 2000 characters)", form.CardText, StringComparison.Ordinal);
        Assert.Contains("Desk Zhou", form.CardText, StringComparison.Ordinal);

        var mark = scene.Teams.Channel.MarkCalls();
        var saved = Assert.Single(await scene.PressSendAsync(scene.Wang, form,
            FeedbackScene.Rating("2", "Mail", "My parcel waited [two days](http://evil.example) at the desk.")), c => c.ConversationId == scene.Wang.ConversationId);
        Assert.Equal(("PUT", form.SentId), (saved.Method, saved.ActivityId));
        Assert.Contains("Thank you for your feedback", saved.CardText, StringComparison.Ordinal);
        Assert.Contains("A manager has been told", saved.CardText, StringComparison.Ordinal);

        var alert = Assert.Single(await scene.ReceivedAsync(scene.Manager, mark));
        Assert.Contains("Low rating: 2 of 5 for Mail and parcels", alert.CardText, StringComparison.Ordinal);
        Assert.Contains("By a member in Teams", alert.CardText, StringComparison.Ordinal);
        Assert.Contains("Did not ask to be contacted", alert.CardText, StringComparison.Ordinal);
        Assert.Contains("My parcel waited [two days](http://evil.example) at the desk.", alert.CardText, StringComparison.Ordinal);
        Assert.Contains(@"\[two days\]\(http", alert.RawCardText, StringComparison.Ordinal);
        Assert.DoesNotContain("Wang", alert.RawCardText, StringComparison.Ordinal);
        Assert.DoesNotContain("contoso", alert.RawCardText, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(await scene.ReceivedAsync(scene.Desk, mark));

        scene.Clock.Advance(TimeSpan.FromMinutes(20));
        var asking = Assert.Single(await scene.Teams.PressAsync(scene.Manager, alert, "Follow up"));
        Assert.Equal(("PUT", alert.SentId), (asking.Method, asking.ActivityId));
        Assert.Contains("What was done (at most 1000 characters)", asking.CardText, StringComparison.Ordinal);
        var empty = Assert.Single(await scene.Teams.PressAsync(scene.Manager, scene.Teams.Current(alert), "Save follow-up", new() { ["note"] = "" }));
        Assert.Equal("This field is required.", FeedbackScene.ErrorUnder(empty, "note"));
        var done = Assert.Single(await scene.Teams.PressAsync(scene.Manager, scene.Teams.Current(alert), "Save follow-up",
            new() { ["note"] = "Moved parcel pickups to the front counter." }));
        Assert.Contains("Followed up at 2026-12-01 09:20 by Chen Jing: Moved parcel pickups to the front counter.", done.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("Action.Submit", done.Card!.ToString(), StringComparison.Ordinal);

        var row = Assert.Single(await scene.EntriesAsync());
        Assert.Equal((2, FeedbackCategory.Mail, FeedbackSource.Teams, false, "Chen Jing"), (row.Rating, row.Category, row.Source, row.ContactAllowed, row.FollowedUpByName));
        Assert.Null(row.ContactName);
        var audit = await scene.Teams.WithDbAsync(db => db.Audit.AsNoTracking().SingleAsync(a => a.Action == "feedback.followup"));
        Assert.Equal(("feedback:" + row.Id, "Moved parcel pickups to the front counter."), (audit.Subject, audit.Details));
    }

    [Fact]
    public async Task A_member_who_agrees_to_be_contacted_is_named_to_the_manager_and_a_desk_member_they_name_sees_it_without_the_giver()
    {
        await using var scene = await FeedbackScene.StartAsync();
        var zhou = await scene.StaffIdAsync(scene.Desk);
        var mark = scene.Teams.Channel.MarkCalls();
        await scene.GiveAsync(scene.Wang, FeedbackScene.Rating("1", "Reception", "Nobody greeted my guests.", about: $"{zhou}", contact: true));

        var alert = Assert.Single(await scene.ReceivedAsync(scene.Manager, mark));
        Assert.Contains("Wang Wei (Contoso), wang.wei@contoso.com", alert.CardText, StringComparison.Ordinal);
        Assert.Contains("Staff member", alert.CardText, StringComparison.Ordinal);
        Assert.Contains("Desk Zhou", alert.CardText, StringComparison.Ordinal);

        var aboutMe = await scene.Teams.OpenAsync(scene.Desk, "my feedback");
        Assert.Contains("Feedback about you", aboutMe.CardText, StringComparison.Ordinal);
        Assert.Contains("Average 1.0 from 1 ratings.", aboutMe.CardText, StringComparison.Ordinal);
        Assert.Contains("★☆☆☆☆ 1 · Reception · 2026-12-01 09:00", aboutMe.CardText, StringComparison.Ordinal);
        Assert.Contains("Nobody greeted my guests.", aboutMe.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("Wang", aboutMe.RawCardText, StringComparison.Ordinal);

        var given = await scene.Teams.OpenAsync(scene.Wang, "my feedback");
        Assert.Contains("Feedback you gave", given.CardText, StringComparison.Ordinal);
        Assert.Contains("About Desk Zhou", given.CardText, StringComparison.Ordinal);
        var others = await scene.Teams.OpenAsync(scene.Eve, "my feedback");
        Assert.Contains("You have not given any feedback yet.", others.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("Nobody greeted", others.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_desk_records_a_callers_praise_marked_as_recorded_on_the_phone_and_a_good_rating_alerts_nobody()
    {
        await using var scene = await FeedbackScene.StartAsync();
        var form = await scene.OpenFormAsync(scene.Desk);
        Assert.Contains("Record a customer's feedback", form.CardText, StringComparison.Ordinal);
        Assert.Contains("How did they tell you?", form.CardText, StringComparison.Ordinal);

        var mark = scene.Teams.Channel.MarkCalls();
        var fields = FeedbackScene.Rating("5", "Phone", "Quick and friendly on the phone.", contact: false);
        fields["channel"] = "Phone";
        fields["contactName"] = "Zhang San";
        var saved = Assert.Single(await scene.PressSendAsync(scene.Desk, form, fields), c => c.ConversationId == scene.Desk.ConversationId);
        Assert.Contains("Customer feedback recorded", saved.CardText, StringComparison.Ordinal);
        await scene.DrainAsync();
        Assert.Empty(await scene.ReceivedAsync(scene.Manager, mark));

        var row = Assert.Single(await scene.EntriesAsync());
        Assert.Equal((5, FeedbackSource.RecordedByStaff, FeedbackChannel.Phone, "Desk Zhou"), (row.Rating, row.Source, row.Channel, row.RecordedByName));
        // The customer did not agree to be contacted: their name is not kept.
        Assert.Null(row.ContactName);
    }

    [Fact]
    public async Task A_double_tap_on_Send_saves_one_rating_and_alerts_once()
    {
        await using var scene = await FeedbackScene.StartAsync();
        var form = await scene.OpenFormAsync(scene.Wang);
        var mark = scene.Teams.Channel.MarkCalls();
        var fields = FeedbackScene.Rating("2", "Cleanliness", "The lobby floor was wet.");
        await Task.WhenAll(scene.PressSendAsync(scene.Wang, form, fields), scene.PressSendAsync(scene.Wang, form, fields));

        Assert.Single(await scene.EntriesAsync());
        Assert.Single(await scene.ReceivedAsync(scene.Manager, mark));
        var again = Assert.Single(await scene.PressSendAsync(scene.Wang, form, fields));
        Assert.Contains("This was already saved; nothing was added.", again.CardText, StringComparison.Ordinal);
        Assert.Single(await scene.EntriesAsync());
    }

    [Fact]
    public async Task A_chinese_member_gets_the_card_in_chinese_and_a_chinese_manager_reads_the_alert_in_chinese()
    {
        await using var scene = await FeedbackScene.StartAsync();
        await scene.Teams.SayAsync(scene.Manager, "你好", "zh-CN");
        var form = await scene.OpenFormAsync(scene.Wang, "zh-CN");
        Assert.Contains("对前台的反馈", form.CardText, StringComparison.Ordinal);
        Assert.Contains("★☆☆☆☆ 1 – 很差", form.CardText, StringComparison.Ordinal);

        var mark = scene.Teams.Channel.MarkCalls();
        var saved = Assert.Single(await scene.PressSendAsync(scene.Wang, form, FeedbackScene.Rating("1", "Facilities", "电梯坏了三天。"), "zh-CN"),
            c => c.ConversationId == scene.Wang.ConversationId);
        Assert.Contains("感谢您的反馈", saved.CardText, StringComparison.Ordinal);
        var alert = Assert.Single(await scene.ReceivedAsync(scene.Manager, mark));
        Assert.Contains("低分反馈：设施 获 1 分（满分 5 分）", alert.CardText, StringComparison.Ordinal);
        Assert.Contains("电梯坏了三天。", alert.CardText, StringComparison.Ordinal);
        var followUp = Assert.Single(await scene.Teams.PressAsync(scene.Manager, alert, "跟进", locale: "zh-CN"));
        Assert.Contains("采取的措施（最多 1000 个字符）", followUp.CardText, StringComparison.Ordinal);
    }
}
