using FrontDesk.Data.Visits;
using FrontDesk.Tests.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDesk.Tests.Visits;

public class OurVisitorsTests
{
    private static readonly DateOnly Today = new(2026, 11, 30);

    private static InvitationRequest Invite(string name, int fromHour, int guests = 1) =>
        new(name, "Northwind", Today, new TimeOnly(fromHour, 0), new TimeOnly(fromHour + 1, 0), "Meeting", null, null, guests);

    [Fact]
    public async Task A_member_sees_their_own_companys_visitors_today_and_never_another_companys()
    {
        await using var h = new OutboxHarness(app => app.Settings["Visits:RunInBackground"] = "false");
        var alice = await h.TenantInChatAsync("Alice", "Contoso");
        var eve = await h.TenantInChatAsync("Eve", "Fabrikam");
        var desk = await h.StaffInChatAsync();
        var services = h.Teams.App.Services;
        var (aliceId, eveId) = (await Member(h, "Alice"), await Member(h, "Eve"));
        var invitations = services.GetRequiredService<Invitations>();
        var checkIn = services.GetRequiredService<LobbyCheckIn>();
        await invitations.CreateAsync(Invite("Later Guest", 15, guests: 2), aliceId, "alice");
        var arriving = (await invitations.CreateAsync(Invite("Zhang San", 9), aliceId, "alice")).Visit!;
        await checkIn.WithCodeAsync(arriving.Code!, "lobby-1", "en");
        await checkIn.WalkInAsync(new WalkInRequest("Li Lei", "Tailspin", aliceId, "Interview", true, "w1"), "lobby-2", "en");
        var gone = (await checkIn.WalkInAsync(new WalkInRequest("Wang Wu", null, aliceId, "Delivery", true, "w2"), "lobby-3", "en")).Visit!;
        h.Clock.Advance(TimeSpan.FromMinutes(20));
        await services.GetRequiredService<CheckOut>().CheckOutAsync(gone.Id, "desk");
        await invitations.CreateAsync(Invite("Fabrikam Secret", 11), eveId, "eve");
        await checkIn.WalkInAsync(new WalkInRequest("Fabrikam Walker", null, eveId, "Audit", true, "w3"), "lobby-4", "en");

        var ours = await h.Teams.OpenAsync(alice, "our visitors");

        Assert.Contains("Visitors for Contoso · Monday 30 November", ours.CardText, StringComparison.Ordinal);
        Assert.Contains("Expected: 2 people\nLater Guest (Northwind) · party of 2 → Alice · 15:00\n", ours.CardText, StringComparison.Ordinal);
        Assert.Contains("Arrived: 2 people\nZhang San (Northwind) → Alice · 09:00\nLi Lei (Tailspin) → Alice · 09:00 · waiting for an answer\n", ours.CardText, StringComparison.Ordinal);
        Assert.Contains("Left: 1 person\nWang Wu → Alice · 09:20", ours.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("Fabrikam", ours.CardText, StringComparison.Ordinal);

        var refreshed = Assert.Single(await h.Teams.PressAsync(alice, ours, "Refresh"));
        Assert.DoesNotContain("Fabrikam", refreshed.CardText, StringComparison.Ordinal);
        Assert.Contains("Zhang San", refreshed.CardText, StringComparison.Ordinal);

        var theirs = await h.Teams.OpenAsync(eve, "我们的访客", "zh-CN");
        Assert.Contains("Fabrikam 的访客 · 11月30日 星期一", theirs.CardText, StringComparison.Ordinal);
        Assert.Contains("预约：1 位访客\nFabrikam Secret (Northwind) → Eve · 11:00", theirs.CardText, StringComparison.Ordinal);
        Assert.Contains("已到达：1 位访客\nFabrikam Walker → Eve · 09:20 · 等待答复", theirs.CardText, StringComparison.Ordinal);
        Assert.Contains("已离开：0 位访客\n无。", theirs.CardText, StringComparison.Ordinal);
        foreach (var contoso in new[] { "Later Guest", "Zhang San", "Li Lei", "Wang Wu", "Alice" })
        {
            Assert.DoesNotContain(contoso, theirs.CardText, StringComparison.Ordinal);
        }

        var help = await h.Teams.OpenAsync(alice, "help");
        var fromHelp = Assert.Single(await h.Teams.PressAsync(alice, help, "Our visitors today"));
        Assert.Contains("Visitors for Contoso", fromHelp.CardText, StringComparison.Ordinal);
        Assert.Contains("not available to you", Assert.Single(await h.Teams.SayAsync(desk, "our visitors")).CardText, StringComparison.Ordinal);
    }

    private static async Task<int> Member(OutboxHarness h, string name) =>
        (await h.Teams.WithDbAsync(db => db.Members.SingleAsync(m => m.Name == name))).Id;
}
