using System.Net.WebSockets;
using FrontDesk.Bot.Features.Visits;
using FrontDesk.Data.Notifications;
using FrontDesk.Data.Visits;
using FrontDesk.Tests.Channels.Lobby;
using FrontDesk.Tests.Harness;
using FrontDesk.Tests.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDesk.Tests.Visits;

// A visitor's kiosk conversation that ended (restart, idle reset, closed page) before the host answered:
// the host is told the truth and the desk is alerted once per visit, by name, in each staff member's language.
public class LostKioskTests
{
    private static readonly DateOnly Today = new(2026, 11, 30);

    private static async Task<Visit> ArriveAsync(OutboxHarness h, string conversationId)
    {
        var services = h.Teams.App.Services;
        var aliceId = (await h.Teams.WithDbAsync(db => db.Members.SingleAsync(m => m.Name == "Alice"))).Id;
        var invited = (await services.GetRequiredService<Invitations>().CreateAsync(new InvitationRequest(
            "Zhang San", "Northwind", Today, new TimeOnly(9, 0), new TimeOnly(10, 0), "Audit", null, null, 1), aliceId, "alice")).Visit!;
        var arrived = (await services.GetRequiredService<LobbyCheckIn>().WithCodeAsync(invited.Code!, conversationId, "en-US")).Visit!;
        await h.DrainAsync();
        return arrived;
    }

    private static RecordedCall ArrivalCard(OutboxHarness h, TeamsUser host) => Assert.Single(h.DeliveredTo(host), c => c.Card is not null);

    [Fact]
    public async Task A_host_answering_after_the_kiosk_page_closed_is_told_so_and_the_desk_is_alerted_once_in_each_language()
    {
        await using var h = new OutboxHarness(app => app.Settings["Visits:RunInBackground"] = "false");
        var alice = await h.TenantInChatAsync("Alice");
        var desk = await h.StaffInChatAsync("Desk");
        var wang = await h.StaffInChatAsync("Wang", "zh-CN");
        var kiosk = await DirectLineTestClient.StartAsync(h.Teams.App);
        using (var page = await kiosk.ConnectStreamAsync())
        {
            await ArriveAsync(h, kiosk.ConversationId);
            // The page resets (or is closed): its stream goes and no new one comes for this conversation.
            await page.Socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }
        h.Clock.Advance(TimeSpan.FromMinutes(1));

        var answered = Assert.Single(await h.Teams.PressAsync(alice, ArrivalCard(h, alice), "Coming down"));
        await h.DrainAsync();
        await h.DrainAsync();

        Assert.Contains("You answered \"Coming down\" at 09:01. The visitor's kiosk session has ended; the front desk has been told.", answered.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("the visitor has been told", answered.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain(await h.RowsAsync(), n => n.Kind == VisitNotices.RelayKind);
        Assert.Equal("Zhang San's kiosk session ended before they could be told: Alice of Contoso answered \"Coming down\" at 09:01. If they are still in the lobby, please tell them in person.",
            Assert.Single(h.TriedTo(desk)).Text);
        Assert.Equal("Zhang San 的自助终端会话已结束，未能收到回复：Contoso 的 Alice 于 09:01 回复“马上下来”。如访客仍在大堂，请当面告知。",
            Assert.Single(h.TriedTo(wang)).Text);
    }

    [Fact]
    public async Task A_page_whose_stream_drops_and_comes_back_gets_the_answer()
    {
        await using var h = new OutboxHarness(app => app.Settings["Visits:RunInBackground"] = "false");
        var alice = await h.TenantInChatAsync("Alice");
        var desk = await h.StaffInChatAsync("Desk");
        var kiosk = await DirectLineTestClient.StartAsync(h.Teams.App);
        using (var dropped = await kiosk.ConnectStreamAsync())
        {
            await ArriveAsync(h, kiosk.ConversationId);
            await dropped.Socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }
        h.Clock.Advance(TimeSpan.FromSeconds(10));
        using var page = await kiosk.ConnectStreamAsync();
        h.Clock.Advance(TimeSpan.FromMinutes(2));

        var answered = Assert.Single(await h.Teams.PressAsync(alice, ArrivalCard(h, alice), "Coming down"));
        await h.DrainAsync();

        Assert.Contains("You answered \"Coming down\" at 09:02; the visitor has been told.", answered.CardText, StringComparison.Ordinal);
        var relay = await page.WaitForAsync(a => DirectLineTestClient.Text(a).Contains("on the way down", StringComparison.Ordinal));
        Assert.Equal("Alice is on the way down to meet you. Please take a seat.", DirectLineTestClient.Text(relay));
        Assert.Empty(h.TriedTo(desk));
    }

    [Fact]
    public async Task A_relay_that_fails_on_delivery_alerts_the_desk_once_per_visit_in_words_and_tells_the_host()
    {
        // In Azure's Direct Line mode the bot cannot ask whether the kiosk is still there: only the send tells.
        await using var h = new OutboxHarness(app =>
        {
            app.Settings["Visits:RunInBackground"] = "false";
            app.Settings["Lobby:DirectLine:Mode"] = "Azure";
            app.Settings["Lobby:DirectLine:AzureSecret"] = "azure-secret-value";
        });
        var alice = await h.TenantInChatAsync("Alice");
        var bob = await h.TenantInChatAsync("Bob");
        var desk = await h.StaffInChatAsync("Desk");
        var wang = await h.StaffInChatAsync("Wang", "zh-CN");
        await ArriveAsync(h, "kiosk-before-the-restart");
        h.Clock.Advance(TimeSpan.FromMinutes(5));
        await h.Teams.App.Services.GetRequiredService<VisitRoundsWorker>().RunOnceAsync();
        await h.DrainAsync();
        await h.DrainAsync();
        Assert.Contains("has not answered", Assert.Single(h.TriedTo(desk)).CardText, StringComparison.Ordinal);

        var answered = Assert.Single(await h.Teams.PressAsync(bob, ArrivalCard(h, bob), "Tell them", typed: new() { ["minutes"] = "10" }));
        await h.DrainAsync();
        await h.DrainAsync();
        await h.DrainAsync();

        Assert.Contains("You asked the visitor to wait about 10 minutes (09:05)", answered.CardText, StringComparison.Ordinal);
        Assert.Equal(NotificationStatus.Unreachable, (await h.RowsAsync()).Single(n => n.Kind == VisitNotices.RelayKind).Status);
        var toDesk = h.TriedTo(desk).Select(c => c.Text ?? c.CardText).ToList();
        Assert.Equal(2, toDesk.Count); // the escalation, then this: the lost waiting note added nothing
        Assert.Equal("Zhang San's kiosk session ended before they could be told: Bob of Contoso answered \"Please wait about 10 minutes\" at 09:05. If they are still in the lobby, please tell them in person.", toDesk[1]);
        Assert.DoesNotContain(toDesk, t => t!.Contains("visit.relay", StringComparison.Ordinal) || t.Contains("visit:", StringComparison.Ordinal));
        Assert.Equal("Zhang San 的自助终端会话已结束，未能收到回复：Contoso 的 Bob 于 09:05 回复“请等候约 10 分钟”。如访客仍在大堂，请当面告知。", h.TriedTo(wang)[^1].Text);
        Assert.Equal("Your answer \"Please wait about 10 minutes\" did not reach Zhang San: the visitor's kiosk session has ended. The front desk has been told.",
            h.TriedTo(bob)[^1].Text);
        Assert.Single(h.TriedTo(alice)); // her arrival card only
    }
}
