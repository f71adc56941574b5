using System.Text.Json.Nodes;
using FrontDesk.Data.Visits;

namespace FrontDesk.Tests.Visits.Kiosk;

// "I'm leaving" at the kiosk: by name or code, a confirmation, and never more of other visitors than a
// first name and a company initial.
public sealed class CheckOutTests : IAsyncLifetime
{
    private readonly KioskHarness _h = new();
    private FrontDesk.Tests.Harness.TeamsUser? _host;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private async Task<Visit> OnSiteAsync(string name, string company, string token)
    {
        _host ??= await _h.HostInChatAsync("Alice Wang", "Contoso");
        var host = await _h.MemberIdAsync(_host);
        var result = await _h.Get<LobbyCheckIn>().WalkInAsync(new WalkInRequest(name, company, host, "Meeting", true, token), "dl-elsewhere", "en");
        Assert.Equal(CheckInOutcome.AwaitingHost, result.Outcome);
        return result.Visit!;
    }

    private async Task<KioskVisitor> LeavingAsync(string who, string locale = "en-US")
    {
        var visitor = await _h.VisitorAsync(locale);
        await visitor.TapAsync("leaving");
        await visitor.SubmitAsync(await visitor.LastCardAsync(), new JsonObject { ["who"] = who });
        return visitor;
    }

    [Fact]
    public async Task A_visitor_checks_out_by_name_with_one_confirming_tap()
    {
        var visit = await OnSiteAsync("Zhang San", "Northwind", "t1");
        var visitor = await LeavingAsync("zhang san");

        // Nobody is checked out yet: no goodbye, no thanks for the visit.
        var asked = Assert.Single(await visitor.TextsAsync());
        Assert.Equal("To check out, tell us your name or invitation code below.", asked);
        var confirm = await visitor.LastCardAsync();
        Assert.Contains("Check out Zhang (N.)?", KioskVisitor.ShownText(confirm), StringComparison.Ordinal);
        Assert.DoesNotContain("San", KioskVisitor.RawText(confirm), StringComparison.Ordinal);
        await Task.WhenAll(visitor.SubmitAsync(confirm, []), visitor.SubmitAsync(confirm, []));

        var texts = await visitor.TextsAsync();
        Assert.Equal("Goodbye, Zhang! You're checked out. Please return your visitor badge at the front desk. Thank you for visiting!", texts[^2]);
        Assert.Single(texts, t => t.StartsWith("Goodbye", StringComparison.Ordinal));
        // The confirmation became a summary without buttons; the card after it offers feedback, once.
        var cards = (await visitor.BotActivitiesAsync()).Where(KioskVisitor.HasCard).ToList();
        Assert.False(KioskVisitor.HasButtons(cards[^2]));
        Assert.Equal("Before you go: how was your visit? It takes a moment and is entirely up to you.", texts[^1]);
        Assert.Single(cards, c => KioskVisitor.ShownText(c).Contains("How was your visit?", StringComparison.Ordinal));
        var row = Assert.Single(await _h.VisitsAsync());
        Assert.Equal((VisitStatus.CheckedOut, "lobby"), (row.Status, row.CheckedOutBy));
        Assert.Equal(visit.Id, row.Id);
    }

    [Fact]
    public async Task A_visitor_checks_out_by_invitation_code_in_Chinese()
    {
        var host = await _h.HostInChatAsync("Alice Wang", "Contoso");
        var invited = await _h.InviteAsync(host, "王伟", "Northwind");
        var arriving = await _h.VisitorAsync();
        await arriving.TapAsync("invitation");
        await arriving.SubmitAsync(await arriving.LastCardAsync(), new JsonObject { ["code"] = invited.Code });

        var visitor = await LeavingAsync(invited.Code!.ToLowerInvariant(), "zh-CN");
        var confirm = await visitor.LastCardAsync();
        Assert.Contains("为 王* (N.) 签退？", KioskVisitor.ShownText(confirm), StringComparison.Ordinal);
        await visitor.SubmitAsync(confirm, []);

        // Web Chat renders message text as markdown: the star is escaped to show as itself.
        Assert.Equal(@"再见，王\*！您已签退。请在前台归还访客证。感谢您的来访！", (await visitor.TextsAsync())[^2]);
        Assert.Equal(VisitStatus.CheckedOut, Assert.Single(await _h.VisitsAsync()).Status);
    }

    [Fact]
    public async Task Several_matches_offer_first_names_and_company_initials_only()
    {
        var northwind = await OnSiteAsync("Wang Wei", "Northwind", "t1");
        var tailspin = await OnSiteAsync("Wang Wei", "Tailspin", "t2");
        var visitor = await LeavingAsync("Wang Wei");

        var choose = await visitor.LastCardAsync();
        var text = KioskVisitor.RawText(choose);
        Assert.Contains("Several visitors match. Which one are you?", text, StringComparison.Ordinal);
        Assert.Contains("Wang (N.)", text, StringComparison.Ordinal);
        Assert.Contains("Wang (T.)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Northwind", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Tailspin", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Meeting", text, StringComparison.Ordinal);
        await visitor.SubmitAsync(choose, [], button: "Wang (T.)");

        var visits = await _h.VisitsAsync();
        Assert.Equal(VisitStatus.AwaitingHost, visits.Single(v => v.Id == northwind.Id).Status);
        Assert.Equal(VisitStatus.CheckedOut, visits.Single(v => v.Id == tailspin.Id).Status);
    }

    [Fact]
    public async Task No_match_an_empty_box_and_a_crafted_tap_are_answered_without_checking_anyone_out()
    {
        var visit = await OnSiteAsync("Zhang San", "Northwind", "t1");
        var visitor = await LeavingAsync("Nobody Here");

        var card = await visitor.LastCardAsync();
        Assert.Contains("We couldn't find a visitor on site by that name or code.", KioskVisitor.RawText(card), StringComparison.Ordinal);
        Assert.Equal("Nobody Here", KioskVisitor.InputValue(card, "who"));
        await visitor.SubmitAsync(card, new JsonObject { ["who"] = " " });
        Assert.Contains("This field is required.", KioskVisitor.RawText(await visitor.LastCardAsync()), StringComparison.Ordinal);
        await visitor.SubmitAsync(await visitor.LastCardAsync(), new JsonObject { ["who"] = new string('z', 10_000) });
        Assert.Contains("Please keep this under 200 characters.", KioskVisitor.RawText(await visitor.LastCardAsync()), StringComparison.Ordinal);

        // Someone posts a confirmation of their own: their words do not find that visit.
        var crafted = new JsonObject { ["lobby"] = "leaving", ["step"] = "confirm", ["form"] = "f", ["who"] = "Nobody Here", ["visitId"] = visit.Id };
        await visitor.Client.PostAsync(new JsonObject { ["type"] = "message", ["value"] = crafted, ["locale"] = "en-US" });

        Assert.Equal("You're already checked out. Goodbye!", await visitor.LastTextAsync());
        Assert.Equal(VisitStatus.AwaitingHost, Assert.Single(await _h.VisitsAsync()).Status);
    }
}
