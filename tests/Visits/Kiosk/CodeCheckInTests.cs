using System.Text.Json.Nodes;
using FrontDesk.Data.Visits;

namespace FrontDesk.Tests.Visits.Kiosk;

// A visitor with an invitation checks in at the kiosk; the host hears of it in Teams and answers.
public sealed class CodeCheckInTests : IAsyncLifetime
{
    private readonly KioskHarness _h = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task Invitation_to_kiosk_check_in_to_host_card_in_Teams_to_coming_down_relayed_in_the_visitors_language()
    {
        var host = await _h.HostInChatAsync("Alice Wang", "Contoso");
        var invited = await _h.InviteAsync(host, "Zhang San", "Northwind", "Contract review");
        var visitor = await _h.VisitorAsync("zh-CN");

        await visitor.TapAsync("invitation");
        var form = await visitor.LastCardAsync();
        Assert.Contains("邀请码", KioskVisitor.RawText(form), StringComparison.Ordinal);
        await visitor.SubmitAsync(form, new JsonObject { ["code"] = InvitationCode.QrPrefix + invited.Code });

        Assert.Equal("欢迎您，Zhang San！我们已通知 Alice Wang 您已到达。请稍坐。", await visitor.LastTextAsync());
        var summary = (await visitor.BotActivitiesAsync()).Single(a => a.GetProperty("id").GetString() == form.GetProperty("id").GetString());
        Assert.Contains("已登记", KioskVisitor.RawText(summary), StringComparison.Ordinal);
        Assert.Contains("Contract review", KioskVisitor.RawText(summary), StringComparison.Ordinal);
        Assert.False(KioskVisitor.HasButtons(summary));
        var visit = Assert.Single(await _h.VisitsAsync());
        Assert.Equal(VisitStatus.CheckedIn, visit.Status);
        Assert.Equal(visitor.ConversationId, visit.LobbyConversationId);

        await _h.DrainAsync();
        var arrival = Assert.Single(_h.DeliveredTo(host), c => c.Card is not null);
        Assert.Contains("Your visitor has arrived", arrival.CardText, StringComparison.Ordinal);
        Assert.Contains("Zhang San", arrival.CardText, StringComparison.Ordinal);
        Assert.Contains("Contract review", arrival.CardText, StringComparison.Ordinal);

        var answered = Assert.Single(await _h.Teams.PressAsync(host, arrival, "Coming down"));
        Assert.Equal(arrival.SentId, answered.ActivityId);
        await _h.DrainAsync();

        Assert.Equal("Alice Wang 正在下楼接您，请稍坐。", await visitor.LastTextAsync());
        Assert.Equal(HostAnswer.ComingDown, Assert.Single(await _h.VisitsAsync()).HostAnswer);
    }

    [Fact]
    public async Task Codes_that_do_not_work_are_explained_beside_the_box_with_the_typed_code_kept()
    {
        var host = await _h.HostInChatAsync();
        var tomorrow = await _h.InviteAsync(host, "Early Bird", date: KioskHarness.Today.AddDays(1));
        var cancelled = await _h.InviteAsync(host, "Never Mind");
        Assert.True(await _h.Get<Invitations>().CancelAsync(cancelled.Id, await _h.MemberIdAsync(host)));
        var used = await _h.InviteAsync(host, "Zhang San");
        var first = await _h.VisitorAsync();
        await first.TapAsync("invitation");
        await first.SubmitAsync(await first.LastCardAsync(), new JsonObject { ["code"] = used.Code });

        var visitor = await _h.VisitorAsync();
        await visitor.TapAsync("invitation");
        var cases = new (string Typed, string Error)[]
        {
            ("ZZZ-ZZZ", "We couldn't find that code"),
            ("", "We couldn't find that code"),
            (new string('A', 10_000), "We couldn't find that code"),
            (tomorrow.Code!, "This invitation is not valid today"),
            (cancelled.Code!.ToLowerInvariant(), "This invitation has been cancelled"),
            (used.Code!, "This code has already been used"),
        };
        foreach (var (typed, error) in cases)
        {
            await visitor.SubmitAsync(await visitor.LastCardAsync(), new JsonObject { ["code"] = typed });

            var card = await visitor.LastCardAsync();
            Assert.Contains(error, KioskVisitor.RawText(card), StringComparison.Ordinal);
            Assert.Equal(typed, KioskVisitor.InputValue(card, "code"));
            Assert.True(KioskVisitor.HasButtons(card));
        }
        Assert.Single(await visitor.BotActivitiesAsync(), a => KioskVisitor.HasCard(a) && KioskVisitor.RawText(a).Contains("Invitation code", StringComparison.Ordinal));
        Assert.Equal([VisitStatus.Expected, VisitStatus.Cancelled, VisitStatus.CheckedIn], (await _h.VisitsAsync()).Select(v => v.Status));
    }

    [Fact]
    public async Task A_double_tap_on_check_in_checks_in_once_and_says_so_once()
    {
        var host = await _h.HostInChatAsync();
        var invited = await _h.InviteAsync(host);
        var visitor = await _h.VisitorAsync();
        await visitor.TapAsync("invitation");
        var form = await visitor.LastCardAsync();

        await Task.WhenAll(
            visitor.SubmitAsync(form, new JsonObject { ["code"] = invited.Code }),
            visitor.SubmitAsync(form, new JsonObject { ["code"] = invited.Code }));

        var texts = await visitor.TextsAsync();
        Assert.Single(texts, t => t.Contains("Please take a seat", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("already been used", StringComparison.Ordinal));
        Assert.DoesNotContain(await visitor.BotActivitiesAsync(), a => KioskVisitor.HasCard(a) && KioskVisitor.RawText(a).Contains("already been used", StringComparison.Ordinal));
        await _h.DrainAsync();
        Assert.Single(_h.DeliveredTo(host), c => c.Card is not null);
    }

    [Fact]
    public async Task A_QR_code_scanned_into_the_chat_box_checks_in_at_once()
    {
        var host = await _h.HostInChatAsync();
        var invited = await _h.InviteAsync(host, "Zhang San");
        var visitor = await _h.VisitorAsync();

        await visitor.SayAsync(InvitationCode.QrPrefix + invited.Code);
        await visitor.SayAsync(InvitationCode.QrPrefix + "ZZZZZZ");

        var texts = await visitor.TextsAsync();
        Assert.Contains("Welcome, Zhang San! We've let Alice Wang know you're here. Please take a seat.", texts);
        Assert.Equal(VisitStatus.CheckedIn, Assert.Single(await _h.VisitsAsync()).Status);
        var retry = await visitor.LastCardAsync();
        Assert.Contains("We couldn't find that code", KioskVisitor.RawText(retry), StringComparison.Ordinal);
        Assert.Equal(InvitationCode.QrPrefix + "ZZZZZZ", KioskVisitor.InputValue(retry, "code"));
    }

    [Fact]
    public async Task A_code_typed_in_the_chat_box_checks_in_like_the_cards_box()
    {
        var host = await _h.HostInChatAsync();
        var invited = await _h.InviteAsync(host, "Zhang San");
        var visitor = await _h.VisitorAsync();
        await visitor.TapAsync("invitation");
        Assert.Contains("Type your invitation code below", await visitor.LastTextAsync(), StringComparison.Ordinal);

        await visitor.SayAsync($" {invited.Code![..3].ToLowerInvariant()} {invited.Code[3..]} ");

        Assert.Equal("Welcome, Zhang San! We've let Alice Wang know you're here. Please take a seat.", await visitor.LastTextAsync());
        Assert.DoesNotContain(await visitor.TextsAsync(), t => t.StartsWith("Sorry", StringComparison.Ordinal));
        Assert.Equal(VisitStatus.CheckedIn, Assert.Single(await _h.VisitsAsync()).Status);
        await _h.DrainAsync();
        Assert.Single(_h.DeliveredTo(host), c => c.Card is not null);
    }

    [Fact]
    public async Task A_wrong_code_typed_in_the_chat_box_opens_the_code_card_with_the_error_and_the_code_kept()
    {
        var host = await _h.HostInChatAsync();
        var used = await _h.InviteAsync(host, "Zhang San");
        var first = await _h.VisitorAsync();
        await first.SayAsync(used.Code!);
        var visitor = await _h.VisitorAsync();

        await visitor.SayAsync("ZZZ-ZZZ");
        var card = await visitor.LastCardAsync();
        Assert.Contains("We couldn't find that code", KioskVisitor.RawText(card), StringComparison.Ordinal);
        Assert.Equal("ZZZ-ZZZ", KioskVisitor.InputValue(card, "code"));
        await visitor.SayAsync(used.Code!.ToLowerInvariant());

        card = await visitor.LastCardAsync();
        Assert.Contains("This code has already been used", KioskVisitor.RawText(card), StringComparison.Ordinal);
        Assert.Equal(used.Code.ToLowerInvariant(), KioskVisitor.InputValue(card, "code"));
        Assert.DoesNotContain(await visitor.TextsAsync(), t => t.StartsWith("Sorry", StringComparison.Ordinal));
        Assert.Equal(first.ConversationId, Assert.Single(await _h.VisitsAsync()).LobbyConversationId);
    }
}
