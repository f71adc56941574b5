using FrontDesk.Bot.Features.Visits;
using FrontDesk.Cards.Visits;
using FrontDesk.Data.Visits;
using FrontDesk.Tests.Channels.Lobby;
using FrontDesk.Tests.Harness;
using FrontDesk.Tests.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Tests.Visits;

public class InviteAndAnswerTests
{
    // What the member types into the invitation form; phone and email keep the form's empty boxes.
    private static Dictionary<string, string> Invite(string name, string date = "2026-11-30", string from = "10:00", string until = "11:00", string purpose = "Contract review") => new()
    {
        ["name"] = name,
        ["company"] = "Northwind",
        ["date"] = date,
        ["from"] = from,
        ["until"] = until,
        ["purpose"] = purpose,
        ["guests"] = "2",
    };

    // The card the outbox delivered to that user when their visitor arrived.
    private static RecordedCall ArrivalCard(OutboxHarness h, TeamsUser host) => Assert.Single(h.DeliveredTo(host), c => c.Card is not null);

    [Fact]
    public async Task A_member_invites_a_visitor_and_gets_a_code_a_QR_and_a_text_to_forward()
    {
        await using var h = new OutboxHarness();
        var alice = await h.TenantInChatAsync();

        var form = Assert.Single(await h.Teams.SayAsync(alice, "invite"));
        Assert.Contains("Visitor's name", form.CardText, StringComparison.Ordinal);

        var created = Assert.Single(await h.Teams.PressAsync(alice, form, "Send invitation", Invite("Zhang San")));
        Assert.Equal("PUT", created.Method);
        Assert.Equal(form.SentId, created.ActivityId);
        var visit = await h.Teams.WithDbAsync(db => db.Visits.SingleAsync());
        Assert.Contains($"Code: {visit.Code}", created.CardText, StringComparison.Ordinal);
        Assert.Contains("Zhang San is expected Mon 30 Nov, 10:00–11:00.", created.CardText, StringComparison.Ordinal);
        Assert.Contains($"enter {visit.Code}", created.CardText, StringComparison.Ordinal);
        var image = created.Card!.Descendants().OfType<JObject>().Single(o => (string?)o["type"] == "Image");
        Assert.StartsWith("data:image/png;base64,", (string?)image["url"], StringComparison.Ordinal);
        Assert.Equal(2, visit.Guests);

        var list = Assert.Single(await h.Teams.SayAsync(alice, "my invitations"));
        Assert.Contains("Zhang San · Mon 30 Nov, 10:00–11:00", list.CardText, StringComparison.Ordinal);

        var cancelled = Assert.Single(await h.Teams.PressAsync(alice, list, "Cancel", within: "Zhang San"));
        Assert.Equal(list.SentId, cancelled.ActivityId);
        Assert.Contains("The invitation was cancelled", cancelled.CardText, StringComparison.Ordinal);
        Assert.Contains("You have no upcoming invitations.", cancelled.CardText, StringComparison.Ordinal);
        Assert.Equal(VisitStatus.Cancelled, (await h.Teams.WithDbAsync(db => db.Visits.SingleAsync())).Status);
    }

    [Fact]
    public async Task A_bad_invitation_comes_back_with_values_kept_and_errors_in_Chinese()
    {
        await using var h = new OutboxHarness();
        var alice = await h.TenantInChatAsync();
        var form = Assert.Single(await h.Teams.SayAsync(alice, "邀请访客", "zh-CN"));

        var reply = Assert.Single(await h.Teams.PressAsync(alice, form, "发送邀请", Invite("李雷", date: "2026-11-01", from: "11:00", until: "10:00", purpose: ""), locale: "zh-CN"));

        Assert.Contains("李雷", reply.CardText, StringComparison.Ordinal);
        Assert.Contains("请选择今天至一年内的日期。", reply.CardText, StringComparison.Ordinal);
        Assert.Contains("结束时间必须晚于开始时间。", reply.CardText, StringComparison.Ordinal);
        Assert.Contains("此项为必填项。", reply.CardText, StringComparison.Ordinal);
        Assert.Equal(0, await h.Teams.WithDbAsync(db => db.Visits.CountAsync()));
    }

    [Fact]
    public async Task The_host_gets_an_escaped_card_on_arrival_and_the_answer_goes_to_the_kiosk_once()
    {
        await using var h = new OutboxHarness();
        var alice = await h.TenantInChatAsync();
        var member = await h.Teams.WithDbAsync(db => db.Members.SingleAsync());
        var services = h.Teams.App.Services;
        var visit = (await services.GetRequiredService<Invitations>().CreateAsync(
            new InvitationRequest("**Boss** [x](http://evil)", null, new DateOnly(2026, 11, 30), new TimeOnly(9, 0), new TimeOnly(10, 0), "Audit", null, null, 1), member.Id, "alice")).Visit!;
        var kiosk = await DirectLineTestClient.StartAsync(h.Teams.App);
        await services.GetRequiredService<LobbyCheckIn>().WithCodeAsync(visit.Code!, kiosk.ConversationId, "zh-CN");
        await h.DrainAsync();

        var card = Assert.Single(h.TriedTo(alice));
        Assert.Contains("Your visitor has arrived", card.CardText, StringComparison.Ordinal);
        Assert.Contains("**Boss** [x](http://evil)", card.CardText, StringComparison.Ordinal);
        Assert.Contains(@"\*\*Boss\*\* \[x\]\(http://evil\)", card.RawCardText, StringComparison.Ordinal);
        Assert.Contains("Waiting since\n09:00", card.CardText, StringComparison.Ordinal);

        var updated = Assert.Single(await h.Teams.PressAsync(alice, card, "Coming down"));
        Assert.Equal("PUT", updated.Method);
        Assert.Equal(card.SentId, updated.ActivityId);
        Assert.Contains("You answered \"Coming down\" at 09:00", updated.CardText, StringComparison.Ordinal);
        // A double tap: the card pressed again before Teams showed the answered one.
        await h.Teams.PressAsync(alice, card, "Coming down");

        var relays = (await h.RowsAsync()).Where(n => n.Kind == VisitNotices.RelayKind).ToList();
        var relay = Assert.Single(relays);
        Assert.Equal(("directline", kiosk.ConversationId), (relay.ChannelId, relay.ConversationId));
        Assert.Equal("Alice 正在下楼接您，请稍坐。", (string?)JObject.Parse(relay.ActivityJson)["text"]);
    }

    [Fact]
    public async Task Another_company_cannot_answer_and_an_ended_visit_says_so()
    {
        await using var h = new OutboxHarness();
        var alice = await h.TenantInChatAsync();
        var eve = await h.TenantInChatAsync("Eve", "Fabrikam");
        var member = await h.Teams.WithDbAsync(db => db.Members.SingleAsync(m => m.Name == "Alice"));
        var services = h.Teams.App.Services;
        var walkIn = (await services.GetRequiredService<LobbyCheckIn>().WalkInAsync(
            new WalkInRequest("Li Lei", null, member.Id, "Delivery", true, "tok"), "lobby-2", "en-US")).Visit!;
        await h.DrainAsync();
        var card = ArrivalCard(h, alice);
        Assert.Empty(h.TriedTo(eve));

        // Forged: Eve (another company) was never sent this visit's card, so her answer is written by hand.
        var forged = new JObject { ["action"] = VisitActions.Answer.Name, ["visitId"] = walkIn.Id, ["answer"] = "LetIn" };
        var refused = Assert.Single(await h.Teams.SubmitForgedAsync(eve, forged, cardId: null));
        Assert.Equal("This visit is for another company; you cannot answer it.", refused.Text);

        // Alice presses her card after the desk checked the visitor out (the card still shows its buttons).
        await services.GetRequiredService<CheckOut>().CheckOutAsync(walkIn.Id, "desk");
        var late = Assert.Single(await h.Teams.PressAsync(alice, card, "Let in"));
        Assert.Equal("This visit is over (checked out); nothing was sent to the visitor.", late.Text);
        Assert.DoesNotContain(await h.RowsAsync(), n => n.Kind == VisitNotices.RelayKind);
    }

    [Fact]
    public async Task A_held_visitor_alerts_the_desk_privately_not_the_host()
    {
        await using var h = new OutboxHarness();
        var alice = await h.TenantInChatAsync();
        var desk = await h.StaffInChatAsync();
        var member = await h.Teams.WithDbAsync(db => db.Members.SingleAsync());
        var services = h.Teams.App.Services;
        await services.GetRequiredService<Watchlist>().AddAsync("Li Lei", null, "Trespass 2026-05", "desk");

        await services.GetRequiredService<LobbyCheckIn>().WalkInAsync(new WalkInRequest("Li Lei", "Tailspin", member.Id, "Visit", true, "t"), "lobby-3", "en");
        await h.DrainAsync();

        Assert.Empty(h.TriedTo(alice));
        var alert = Assert.Single(h.TriedTo(desk));
        Assert.Equal("Watchlist: Li Lei (from Tailspin) is at the lobby to see Alice of Contoso. They were asked to see the desk.", alert.Text);
        Assert.DoesNotContain("Trespass", alert.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Directory_names_are_escaped_in_what_the_kiosk_and_the_desk_read()
    {
        await using var h = new OutboxHarness();
        var host = await h.TenantInChatAsync("*Al*", "[Co](http://evil)");
        await h.StaffInChatAsync();
        var member = await h.Teams.WithDbAsync(db => db.Members.SingleAsync());
        var services = h.Teams.App.Services;
        var walkIn = (await services.GetRequiredService<LobbyCheckIn>().WalkInAsync(
            new WalkInRequest("Li Lei", null, member.Id, "Visit", true, "tok-md"), (await DirectLineTestClient.StartAsync(h.Teams.App)).ConversationId, "en-US")).Visit!;
        await h.DrainAsync();

        await h.Teams.PressAsync(host, ArrivalCard(h, host), "Let in");

        var relay = (await h.RowsAsync()).Single(n => n.Kind == VisitNotices.RelayKind);
        Assert.Equal(@"\*Al\* has confirmed your visit: please go up to floor 12 (\[Co\]\(http://evil\)).", (string?)JObject.Parse(relay.ActivityJson)["text"]);
    }
}
