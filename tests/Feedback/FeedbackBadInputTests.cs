using FrontDesk.Cards.Common;
using FrontDesk.Cards.Feedback;
using FrontDesk.Tests.Harness;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Tests.Feedback;

public class FeedbackBadInputTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("6")]
    [InlineData("")]
    public async Task A_rating_outside_one_to_five_or_none_comes_back_beside_the_rating_with_the_comment_kept(string rating)
    {
        await using var scene = await FeedbackScene.StartAsync();
        var reply = await scene.GiveAsync(scene.Wang, FeedbackScene.Rating(rating, "Reception", "Slow check-in."));

        Assert.Equal("PUT", reply.Method);
        Assert.Contains("Please correct the fields marked below.", reply.CardText, StringComparison.Ordinal);
        Assert.Equal("Please choose a rating from 1 (very poor) to 5 (excellent).", FeedbackScene.ErrorUnder(reply, "rating"));
        Assert.Equal("Slow check-in.", FeedbackScene.Input(reply, "comment"));
        Assert.Equal("Reception", FeedbackScene.Input(reply, "category"));
        Assert.Empty(await scene.EntriesAsync());
    }

    [Fact]
    public async Task A_5000_character_comment_is_refused_with_the_limit_shown_and_kept_for_shortening()
    {
        await using var scene = await FeedbackScene.StartAsync();
        var long5000 = string.Concat(Enumerable.Repeat("The parcel room was locked again. ", 150))[..5000];
        var reply = await scene.GiveAsync(scene.Wang, FeedbackScene.Rating("3", "Mail", long5000));

        Assert.Contains("Comment (optional, at most 2000 characters)", reply.CardText, StringComparison.Ordinal);
        Assert.Equal("Please keep this under 2000 characters.", FeedbackScene.ErrorUnder(reply, "comment"));
        Assert.Equal(long5000, FeedbackScene.Input(reply, "comment"));
        Assert.Empty(await scene.EntriesAsync());

        var shortened = Assert.Single(await scene.PressSendAsync(scene.Wang, reply, new() { ["comment"] = long5000[..2000] }));
        Assert.Contains("Thank you for your feedback", shortened.CardText, StringComparison.Ordinal);
        Assert.Equal(2000, Assert.Single(await scene.EntriesAsync()).Comment!.Length);
    }

    [Fact]
    public async Task The_desk_must_say_how_the_customer_told_them_and_how_to_reach_a_customer_who_agreed_to_be_contacted()
    {
        await using var scene = await FeedbackScene.StartAsync();
        var fields = FeedbackScene.Rating("2", "Phone", "Kept on hold.", contact: true);
        fields["channel"] = "";
        fields["contactName"] = "Zhang San";
        var reply = await scene.GiveAsync(scene.Desk, fields);

        Assert.Equal("Please pick one of the options.", FeedbackScene.ErrorUnder(reply, "channel"));
        Assert.Equal("Please give a phone number or email so we can reach you, or untick the box above.", FeedbackScene.ErrorUnder(reply, "contactDetails"));
        Assert.Equal("Zhang San", FeedbackScene.Input(reply, "contactName"));
        Assert.Equal("true", FeedbackScene.Input(reply, "contact"));
        Assert.Empty(await scene.EntriesAsync());

        var fixedUp = Assert.Single(await scene.PressSendAsync(scene.Desk, reply, new() { ["channel"] = "Phone", ["contactDetails"] = "+86 21 5555 0101" }));
        Assert.Contains("Customer feedback recorded", fixedUp.CardText, StringComparison.Ordinal);
        var row = Assert.Single(await scene.EntriesAsync());
        Assert.Equal(("Zhang San", "+86 21 5555 0101"), (row.ContactName, row.ContactDetails));
    }

    [Fact]
    public async Task A_staff_member_not_on_the_desks_list_cannot_be_named()
    {
        await using var scene = await FeedbackScene.StartAsync();
        var reply = await scene.GiveAsync(scene.Wang, FeedbackScene.Rating("4", about: "99999"));

        Assert.Equal("Please pick one of the options.", FeedbackScene.ErrorUnder(reply, "about"));
        Assert.Empty(await scene.EntriesAsync());
    }

    [Fact]
    public async Task A_member_cannot_pass_a_rating_off_as_recorded_by_the_desk_and_staff_cannot_open_the_summary()
    {
        await using var scene = await FeedbackScene.StartAsync();
        var form = await scene.OpenFormAsync(scene.Wang);
        // Forged: the member's own card data with the desk's Record action put in its place.
        var value = CardButton.Press(form.Card!, "Send feedback", FeedbackScene.Rating("5"));
        value[CardAction.Key] = FeedbackActions.Record.Name;
        value["channel"] = "InPerson";
        var refused = await scene.Teams.SubmitForgedAsync(scene.Wang, value, form.SentId);
        Assert.Contains(refused, c => c.Text == "Sorry, that is not available to you. Here is what you can do:");
        Assert.Empty(await scene.EntriesAsync());

        var summary = await scene.Teams.SayAsync(scene.Desk, "feedback summary");
        Assert.Contains(summary, c => c.Text?.StartsWith("Sorry, that is not available to you.", StringComparison.Ordinal) == true
                                      || c.CardText.Contains("Sorry, that is not available to you.", StringComparison.Ordinal));
        Assert.DoesNotContain(summary, c => c.CardText.Contains("Feedback, week of", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Someone_not_in_the_directory_cannot_give_feedback_in_Teams()
    {
        await using var scene = await FeedbackScene.StartAsync();
        var stranger = TeamsUser.Create("Mallory", "mallory@elsewhere.com");
        var replies = await scene.Teams.SayAsync(stranger, "feedback");
        Assert.Contains(replies, c => c.CardText.Contains("Sorry, that is not available to you.", StringComparison.Ordinal)
                                      || c.Text?.Contains("Sorry, that is not available to you.", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(replies, c => c.CardText.Contains("Feedback on the front desk", StringComparison.Ordinal));
    }
}
