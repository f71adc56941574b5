using System.Net.WebSockets;
using System.Text.Json.Nodes;
using FrontDesk.Bot.Features.Visits;
using FrontDesk.Data.Visits;
using FrontDesk.Tests.Harness;
using FrontDesk.Tests.Visits.Kiosk;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Tests.Visits;

// A walk-in's host does not answer: the desk's alert carries "I'll see to them", the first staff member to press
// it is recorded as going to the visitor, and the visitor is told at the kiosk that someone is coming.
public sealed class DeskServeTests : IAsyncLifetime
{
    private const string Serve = "I'll see to them";

    private readonly KioskHarness _h = new(app => app.Settings["Visits:RunInBackground"] = "false");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _h.DisposeAsync();

    // Registers at the kiosk at 09:02 and waits past the escalation time (5 minutes) with nobody answering.
    // With pageClosed, the kiosk page is reset right after registering: its session is gone by the escalation.
    private async Task<KioskVisitor> WaitingWalkInAsync(string name = "Zhang San", string locale = "en-US", bool pageClosed = false)
    {
        _h.Clock.Advance(TimeSpan.FromMinutes(2));
        var visitor = await _h.VisitorAsync(locale);
        using (var page = pageClosed ? await visitor.Client.ConnectStreamAsync() : null)
        {
            await visitor.TapAsync("walkin");
            await visitor.SubmitAsync(await visitor.LastCardAsync(), new JsonObject
            {
                ["name"] = name,
                ["company"] = "Tailspin",
                ["host"] = "Alice Wang",
                ["purpose"] = "Interview",
                ["consent"] = "true",
            });
            if (page is not null)
            {
                await page.Socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
            }
        }
        await _h.DrainAsync();
        _h.Clock.Advance(TimeSpan.FromMinutes(5));
        await _h.Get<VisitRoundsWorker>().RunOnceAsync();
        await _h.DrainAsync();
        return visitor;
    }

    // The alert the desk got in its Teams chat, as it shows now.
    private RecordedCall DeskCard(TeamsUser staff) => _h.Teams.Current(Assert.Single(_h.DeliveredTo(staff), c => c.Method == "POST" && c.Card is not null));

    private Task<Visit> VisitAsync() => _h.Teams.WithDbAsync(db => db.Visits.AsNoTracking().SingleAsync());

    private Task<int> ServedEntriesAsync() => _h.Teams.WithDbAsync(db => db.Audit.CountAsync(a => a.Action == DeskServes.AuditAction));

    private static int Coming(IEnumerable<string> kioskTexts, string line) => kioskTexts.Count(t => t == line);

    [Fact]
    public async Task The_first_staff_member_to_press_is_recorded_and_the_visitor_is_told_a_colleague_later_is_shown_who_took_it()
    {
        await _h.HostInChatAsync("Alice Wang", "Contoso");
        var lina = await _h.StaffInChatAsync("Lina");
        var wang = await _h.StaffInChatAsync("Wang");
        var visitor = await WaitingWalkInAsync();

        var alert = DeskCard(lina);
        Assert.Null(alert.Text);
        Assert.Contains("A visitor's host has not answered", alert.CardText, StringComparison.Ordinal);
        Assert.Contains("Zhang San has been waiting at the lobby since 09:02 for Alice Wang of Contoso, who has not answered.", alert.CardText, StringComparison.Ordinal);
        Assert.Contains(Serve, alert.CardText, StringComparison.Ordinal);
        _h.Clock.Advance(TimeSpan.FromMinutes(1));
        var pressed = Assert.Single(await _h.Teams.PressAsync(lina, alert, Serve));
        await _h.DrainAsync();

        Assert.Equal(("PUT", alert.SentId), (pressed.Method, pressed.ActivityId));
        Assert.Contains("You are seeing to Zhang San (arrived 09:02).", pressed.CardText, StringComparison.Ordinal);
        Assert.Contains("The kiosk is telling them that someone from the front desk is coming.", pressed.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain(Serve, pressed.CardText, StringComparison.Ordinal);
        var visit = await VisitAsync();
        var at = KioskHarness.Start.AddMinutes(8);
        Assert.Equal((lina.AadObjectId, "Lina", at), (visit.DeskServedBy, visit.DeskServedByName, visit.DeskServedAt));
        var entry = await _h.Teams.WithDbAsync(db => db.Audit.SingleAsync(a => a.Action == "visit.deskserved"));
        Assert.Equal((lina.AadObjectId, $"visit:{visit.Id}", at), (entry.Actor, entry.Subject, entry.At));
        Assert.Equal("A member of the front desk is coming to help you.", await visitor.LastTextAsync());

        // Wang presses the same alert in his chat two minutes later: Lina's record stands.
        _h.Clock.Advance(TimeSpan.FromMinutes(2));
        var late = Assert.Single(await _h.Teams.PressAsync(wang, DeskCard(wang), Serve));
        await _h.DrainAsync();

        Assert.Contains("Lina is already seeing to Zhang San (since 09:08). Nothing was changed.", late.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain(Serve, late.CardText, StringComparison.Ordinal);
        visit = await VisitAsync();
        Assert.Equal((lina.AadObjectId, "Lina", at), (visit.DeskServedBy, visit.DeskServedByName, visit.DeskServedAt));
        Assert.Equal(1, await ServedEntriesAsync());
        Assert.Equal(1, Coming(await visitor.TextsAsync(), "A member of the front desk is coming to help you."));
    }

    [Fact]
    public async Task A_Chinese_visitor_is_told_in_Chinese_and_a_Chinese_speaking_desk_gets_the_card_in_Chinese()
    {
        await _h.HostInChatAsync("Alice Wang", "Contoso");
        var wang = await _h.StaffInChatAsync("Wang", "zh-CN");
        var visitor = await WaitingWalkInAsync("李雷", "zh-CN");

        var alert = DeskCard(wang);
        Assert.Contains("李雷 自 09:02 起在大堂等候 Contoso 的 Alice Wang，对方尚未回复。", alert.CardText, StringComparison.Ordinal);
        var pressed = Assert.Single(await _h.Teams.PressAsync(wang, alert, "我来接待", locale: "zh-CN"));
        await _h.DrainAsync();

        Assert.Contains("您正在接待 李雷（09:02 到达）。", pressed.CardText, StringComparison.Ordinal);
        Assert.Equal("前台工作人员正在过来帮助您。", await visitor.LastTextAsync());
        Assert.Equal(wang.AadObjectId, (await VisitAsync()).DeskServedBy);
    }

    [Fact]
    public async Task A_visitor_whose_kiosk_session_ended_is_not_written_to_and_the_card_does_not_claim_they_were_told()
    {
        await _h.HostInChatAsync("Alice Wang", "Contoso");
        var lina = await _h.StaffInChatAsync("Lina");
        await WaitingWalkInAsync(pageClosed: true);

        var pressed = Assert.Single(await _h.Teams.PressAsync(lina, DeskCard(lina), Serve));
        await _h.DrainAsync();

        Assert.Contains("You are seeing to Zhang San (arrived 09:02).", pressed.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("The kiosk is telling them", pressed.CardText, StringComparison.Ordinal);
        Assert.Equal(lina.AadObjectId, (await VisitAsync()).DeskServedBy);
        Assert.False(await _h.Teams.WithDbAsync(db => db.Notifications.AnyAsync(n => n.IdempotencyKey.EndsWith(":deskserves:lobby"))));
    }

    [Fact]
    public async Task A_double_tap_records_once_and_tells_the_visitor_once()
    {
        await _h.HostInChatAsync("Alice Wang", "Contoso");
        var lina = await _h.StaffInChatAsync("Lina");
        var visitor = await WaitingWalkInAsync();
        var alert = DeskCard(lina);

        await Task.WhenAll(_h.Teams.PressAsync(lina, alert, Serve), _h.Teams.PressAsync(lina, alert, Serve));
        await _h.DrainAsync();

        // Both taps updated the card in place (each turn's reply is the other's too, so read the chat).
        var texts = _h.DeliveredTo(lina).Where(c => c.Method == "PUT" && c.ActivityId == alert.SentId).Select(c => c.CardText).ToList();
        Assert.Equal(2, texts.Count);
        Assert.Single(texts, t => t.Contains("You are seeing to Zhang San (arrived 09:02).", StringComparison.Ordinal));
        Assert.Single(texts, t => t.Contains("You are already seeing to Zhang San (since 09:07).", StringComparison.Ordinal));
        Assert.Equal(1, await ServedEntriesAsync());
        Assert.Equal(lina.AadObjectId, (await VisitAsync()).DeskServedBy);
        Assert.Equal(1, Coming(await visitor.TextsAsync(), "A member of the front desk is coming to help you."));
    }

    [Fact]
    public async Task Pressing_after_the_visitor_checked_out_is_refused_and_nothing_is_recorded()
    {
        await _h.HostInChatAsync("Alice Wang", "Contoso");
        var lina = await _h.StaffInChatAsync("Lina");
        var visitor = await WaitingWalkInAsync();
        // Tired of waiting, the visitor checks out at the same kiosk.
        await visitor.TapAsync("leaving");
        await visitor.SubmitAsync(await visitor.LastCardAsync(), new JsonObject { ["who"] = "Zhang San" });
        await visitor.SubmitAsync(await visitor.LastCardAsync(), []);
        Assert.Equal(VisitStatus.CheckedOut, (await VisitAsync()).Status);

        var refused = Assert.Single(await _h.Teams.PressAsync(lina, DeskCard(lina), Serve));
        await _h.DrainAsync();

        Assert.Contains("This visit is over (checked out); nothing was recorded.", refused.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain(Serve, refused.CardText, StringComparison.Ordinal);
        var visit = await VisitAsync();
        Assert.Equal((null, null, null), (visit.DeskServedBy, visit.DeskServedByName, visit.DeskServedAt));
        Assert.Equal(0, await ServedEntriesAsync());
        Assert.DoesNotContain("A member of the front desk is coming to help you.", await visitor.TextsAsync());
    }

    [Fact]
    public async Task Pressing_after_the_host_answered_says_what_the_host_answered_and_records_nothing()
    {
        var host = await _h.HostInChatAsync("Alice Wang", "Contoso");
        var lina = await _h.StaffInChatAsync("Lina");
        var visitor = await WaitingWalkInAsync();
        _h.Clock.Advance(TimeSpan.FromMinutes(1));
        await _h.Teams.PressAsync(host, await _h.ArrivalCardAsync(host, (await VisitAsync()).Id), "Let in");

        var refused = Assert.Single(await _h.Teams.PressAsync(lina, DeskCard(lina), Serve));
        await _h.DrainAsync();

        Assert.Contains("Alice Wang has answered (\"Let in\" at 09:08), so nothing was recorded.", refused.CardText, StringComparison.Ordinal);
        Assert.Null((await VisitAsync()).DeskServedBy);
        Assert.Equal(0, await ServedEntriesAsync());
        Assert.DoesNotContain("A member of the front desk is coming to help you.", await visitor.TextsAsync());
    }

    [Fact]
    public async Task A_tenant_posting_the_desks_button_is_refused()
    {
        var host = await _h.HostInChatAsync("Alice Wang", "Contoso");
        var lina = await _h.StaffInChatAsync("Lina");
        await WaitingWalkInAsync();

        // Forged: the host never gets the desk's alert; they post its button's data from their own chat.
        var replies = await _h.Teams.SubmitForgedAsync(host, CardButton.Press(DeskCard(lina).Card!, Serve), cardId: null);

        Assert.Contains("Sorry, that is not available to you.", Assert.Single(replies).CardText, StringComparison.Ordinal);
        Assert.Null((await VisitAsync()).DeskServedBy);
        Assert.Equal(0, await ServedEntriesAsync());
    }
}
