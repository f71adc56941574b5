using FrontDesk.Bot.Features.Visits;
using FrontDesk.Data.Visits;
using FrontDesk.Tests.Channels.Lobby;
using FrontDesk.Tests.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Tests.Visits;

public class VisitWatchTests
{
    private static OutboxHarness Harness() => new(app => app.Settings["Visits:RunInBackground"] = "false");

    [Fact]
    public async Task No_answer_in_five_minutes_tells_the_colleagues_the_desk_and_the_visitor_once()
    {
        await using var h = Harness();
        var alice = await h.TenantInChatAsync("Alice");
        var bob = await h.TenantInChatAsync("Bob");
        var desk = await h.StaffInChatAsync();
        var services = h.Teams.App.Services;
        var aliceId = (await h.Teams.WithDbAsync(db => db.Members.SingleAsync(m => m.Name == "Alice"))).Id;
        var kiosk = await DirectLineTestClient.StartAsync(h.Teams.App);
        var walkIn = (await services.GetRequiredService<LobbyCheckIn>().WalkInAsync(new WalkInRequest("Li Lei", null, aliceId, "Interview", true, "t1"), kiosk.ConversationId, "en-US")).Visit!;
        var watch = services.GetRequiredService<VisitRoundsWorker>();

        h.Clock.Advance(TimeSpan.FromMinutes(4));
        await watch.RunOnceAsync();
        await h.DrainAsync();
        Assert.Empty(h.TriedTo(bob));

        h.Clock.Advance(TimeSpan.FromMinutes(1));
        await watch.RunOnceAsync();
        await watch.RunOnceAsync();
        await h.DrainAsync();

        var toBob = Assert.Single(h.TriedTo(bob));
        Assert.Contains("Alice (no answer yet)", toBob.CardText, StringComparison.Ordinal);
        Assert.Contains("Let in", toBob.CardText, StringComparison.Ordinal);
        Assert.Single(h.TriedTo(alice)); // only her own arrival card
        var toDesk = Assert.Single(h.TriedTo(desk));
        Assert.Contains("Li Lei has been waiting at the lobby since 09:00 for Alice of Contoso, who has not answered. Their colleagues were asked; please check on the visitor.", toDesk.CardText, StringComparison.Ordinal);
        Assert.Contains("I'll see to them", toDesk.CardText, StringComparison.Ordinal);
        var lobby = (await h.RowsAsync()).Single(n => n.ConversationId == kiosk.ConversationId);
        Assert.StartsWith("We have not reached your host yet.", (string?)JObject.Parse(lobby.ActivityJson)["text"], StringComparison.Ordinal);

        // Bob answers for Alice: the visitor is let in.
        await h.Teams.PressAsync(bob, toBob, "Let in");
        Assert.Equal(VisitStatus.CheckedIn, (await h.Teams.WithDbAsync(db => db.Visits.SingleAsync())).Status);
    }

    [Fact]
    public async Task An_answered_visit_is_not_escalated_and_long_stays_and_closing_time_are_handled()
    {
        await using var h = Harness();
        var alice = await h.TenantInChatAsync("Alice");
        var desk = await h.StaffInChatAsync();
        var services = h.Teams.App.Services;
        var aliceId = (await h.Teams.WithDbAsync(db => db.Members.SingleAsync())).Id;
        // A real kiosk conversation: the answer is relayed to it (a kiosk that is gone would alert the desk).
        var kiosk = await DirectLineTestClient.StartAsync(h.Teams.App);
        var walkIn = (await services.GetRequiredService<LobbyCheckIn>().WalkInAsync(new WalkInRequest("Han Meimei", null, aliceId, "Lunch", true, "t2"), kiosk.ConversationId, "en-US")).Visit!;
        await services.GetRequiredService<HostAnswers>().AnswerAsync(walkIn.Id, aliceId, HostAnswer.LetIn, null);
        var watch = services.GetRequiredService<VisitRoundsWorker>();

        h.Clock.Advance(TimeSpan.FromMinutes(30));
        await watch.RunOnceAsync();
        await h.DrainAsync();
        Assert.Empty(h.TriedTo(desk));

        h.Clock.Advance(TimeSpan.FromHours(10)); // 19:30: in since 09:00
        await watch.RunOnceAsync();
        await h.DrainAsync();
        Assert.Equal("Han Meimei (visiting Alice of Contoso) checked in at 09:00 and has not checked out yet. Please check.", Assert.Single(h.TriedTo(desk)).Text);
        Assert.Equal(VisitStatus.CheckedIn, (await h.Teams.WithDbAsync(db => db.Visits.SingleAsync())).Status);

        h.Clock.Advance(TimeSpan.FromMinutes(31)); // 20:01, closing time
        await watch.RunOnceAsync();
        var visit = await h.Teams.WithDbAsync(db => db.Visits.SingleAsync());
        Assert.Equal((VisitStatus.CheckedOut, true, "closing time"), (visit.Status, visit.AutoCheckedOut, visit.CheckedOutBy));
    }

    [Fact]
    public async Task The_first_answer_stands_and_a_colleague_answering_after_it_is_told_who_answered_what()
    {
        await using var h = Harness();
        var alice = await h.TenantInChatAsync("Alice");
        var bob = await h.TenantInChatAsync("Bob");
        var services = h.Teams.App.Services;
        var aliceId = (await h.Teams.WithDbAsync(db => db.Members.SingleAsync(m => m.Name == "Alice"))).Id;
        var bobId = (await h.Teams.WithDbAsync(db => db.Members.SingleAsync(m => m.Name == "Bob"))).Id;
        var kiosk = await DirectLineTestClient.StartAsync(h.Teams.App);
        var invited = (await services.GetRequiredService<Invitations>().CreateAsync(new InvitationRequest(
            "Zhang San", "Northwind", new DateOnly(2026, 11, 30), new TimeOnly(9, 0), new TimeOnly(10, 0), "Audit", null, null, 1), aliceId, "alice")).Visit!;
        await services.GetRequiredService<LobbyCheckIn>().WithCodeAsync(invited.Code!, kiosk.ConversationId, "en-US");
        await h.DrainAsync();
        var toAlice = Assert.Single(h.DeliveredTo(alice), c => c.Card is not null);
        h.Clock.Advance(TimeSpan.FromMinutes(5));
        await services.GetRequiredService<VisitRoundsWorker>().RunOnceAsync();
        await h.DrainAsync();
        var toBob = Assert.Single(h.DeliveredTo(bob), c => c.Card is not null);

        var bobs = Assert.Single(await h.Teams.PressAsync(bob, toBob, "Tell them", typed: new() { ["minutes"] = "10" }));
        Assert.Contains("You asked the visitor to wait about 10 minutes (09:05)", bobs.CardText, StringComparison.Ordinal);
        h.Clock.Advance(TimeSpan.FromMinutes(1));
        var alices = Assert.Single(await h.Teams.PressAsync(alice, toAlice, "Coming down"));

        Assert.Equal(toAlice.SentId, alices.ActivityId);
        Assert.Contains("Bob already answered: Please wait about 10 minutes (09:05). Your answer was not sent.", alices.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("Coming down", alices.CardText, StringComparison.Ordinal);
        var visit = await h.Teams.WithDbAsync(db => db.Visits.SingleAsync());
        Assert.Equal((HostAnswer.PleaseWait, 10, bobId), (visit.HostAnswer, visit.WaitMinutes, visit.HostAnsweredBy));
        var relay = Assert.Single(await h.RowsAsync(), n => n.Kind == VisitNotices.RelayKind && n.IdempotencyKey.Contains(":answer:", StringComparison.Ordinal));
        Assert.Contains("will be with you in about 10 minutes", (string?)JObject.Parse(relay.ActivityJson)["text"], StringComparison.Ordinal);

        // Bob's double tap on his own card is told it was his answer.
        var again = Assert.Single(await h.Teams.PressAsync(bob, toBob, "Send them up"));
        Assert.Contains("You already answered: Please wait about 10 minutes (09:05).", again.CardText, StringComparison.Ordinal);
    }
}
