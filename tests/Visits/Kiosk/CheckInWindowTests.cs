using System.Text.Json.Nodes;
using FrontDesk.Data.Visits;
using FrontDesk.Tests.Harness;
using Microsoft.Extensions.Options;

namespace FrontDesk.Tests.Visits.Kiosk;

// An invited visitor who is early or late on the invitation's day checks in (within what the desk allows),
// and the host's card says how early or late; outside it, the kiosk says when check-in opens or closed.
public sealed class CheckInWindowTests
{
    private static async Task<Visit> InviteAsync(KioskHarness h, TeamsUser host, string name, int fromHour, int untilHour)
    {
        var request = new InvitationRequest(name, "Northwind", KioskHarness.Today, new TimeOnly(fromHour, 0), new TimeOnly(untilHour, 0), "Contract review", null, null, 1);
        var result = await h.Get<Invitations>().CreateAsync(request, await h.MemberIdAsync(host), "test");
        Assert.True(result.Succeeded, string.Join(", ", result.Problems));
        return result.Visit!;
    }

    private static async Task<KioskVisitor> EnterCodeAsync(KioskHarness h, string code, string locale = "en-US")
    {
        var visitor = await h.VisitorAsync(locale);
        await visitor.TapAsync("invitation");
        await visitor.SubmitAsync(await visitor.LastCardAsync(), new JsonObject { ["code"] = code });
        return visitor;
    }

    [Fact]
    public async Task An_early_visitor_checks_in_and_the_host_card_says_how_early()
    {
        await using var h = new KioskHarness();
        var host = await h.HostInChatAsync();
        var invited = await InviteAsync(h, host, "Zhang San", 10, 11);

        var visitor = await EnterCodeAsync(h, invited.Code!); // 09:00

        Assert.Equal("Welcome, Zhang San! We've let Alice Wang know you're here. Please take a seat.", await visitor.LastTextAsync());
        await h.DrainAsync();
        var card = await h.ArrivalCardAsync(host, invited.Id);
        Assert.Contains("Expected\n10:00–11:00 (1 h early)", card.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_late_visitor_within_the_desks_allowance_checks_in_and_the_host_card_says_how_late()
    {
        await using var h = new KioskHarness(app => app.Settings["Visits:CheckInLateMinutes"] = "240");
        var host = await h.HostInChatAsync();
        var invited = await InviteAsync(h, host, "Zhang San", 10, 11);
        h.Clock.Advance(TimeSpan.FromHours(5).Add(TimeSpan.FromMinutes(25))); // 14:25

        var visitor = await EnterCodeAsync(h, invited.Code!);

        Assert.Equal("Welcome, Zhang San! We've let Alice Wang know you're here. Please take a seat.", await visitor.LastTextAsync());
        Assert.Equal(VisitStatus.CheckedIn, Assert.Single(await h.VisitsAsync()).Status);
        await h.DrainAsync();
        var card = await h.ArrivalCardAsync(host, invited.Id);
        Assert.Contains("Expected\n10:00–11:00 (3 h 25 min late)", card.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outside_the_allowance_the_visitor_is_told_when_check_in_opens_or_when_it_closed()
    {
        await using var h = new KioskHarness();
        var host = await h.HostInChatAsync();
        var afternoon = await InviteAsync(h, host, "Li Lei", 14, 15);
        var morning = await InviteAsync(h, host, "Zhang San", 10, 11);

        var early = await EnterCodeAsync(h, afternoon.Code!); // 09:00, two hours allowed before 14:00
        var earlyCard = await early.LastCardAsync();
        Assert.Contains("Your invitation is for 14:00–15:00. Check-in opens at 12:00: please come back then, or ask the front desk.", KioskVisitor.RawText(earlyCard), StringComparison.Ordinal);
        Assert.Equal(afternoon.Code, KioskVisitor.InputValue(earlyCard, "code"));

        h.Clock.Advance(TimeSpan.FromHours(4).Add(TimeSpan.FromMinutes(30))); // 13:30, two hours allowed after 11:00
        var late = await EnterCodeAsync(h, morning.Code!, "zh-CN");
        var lateCard = await late.LastCardAsync();
        Assert.Contains("您的邀请时间为 10:00–11:00，登记已于 13:00 截止。请咨询前台或联系邀请人。", KioskVisitor.RawText(lateCard), StringComparison.Ordinal);
        Assert.DoesNotContain("今天无效", KioskVisitor.RawText(lateCard), StringComparison.Ordinal);

        Assert.All(await h.VisitsAsync(), v => Assert.Equal(VisitStatus.Expected, v.Status));
    }

    [Theory]
    [InlineData("Visits:CheckInEarlyMinutes", "-1", "Visits:CheckInEarlyMinutes must be from 0 to 720")]
    [InlineData("Visits:CheckInLateMinutes", "721", "Visits:CheckInLateMinutes must be from 0 to 720")]
    public void A_bad_allowance_stops_the_start_naming_the_key(string key, string value, string expected)
    {
        using var app = new FrontDeskApp();
        app.Settings[key] = value;

        var validation = StartRefusal.Of(app);
        Assert.Contains(expected, validation.Message, StringComparison.Ordinal);
    }
}
