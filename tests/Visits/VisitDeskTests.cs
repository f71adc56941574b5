using FrontDesk.Data.Visits;
using FrontDesk.Tests.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDesk.Tests.Visits;

public class VisitDeskTests
{
    [Fact]
    public async Task The_desk_sees_the_day_checks_a_visitor_out_and_lists_everyone_on_site()
    {
        await using var h = new OutboxHarness(app => app.Settings["Visits:RunInBackground"] = "false");
        var alice = await h.TenantInChatAsync("Alice");
        var desk = await h.StaffInChatAsync();
        var services = h.Teams.App.Services;
        var aliceId = (await h.Teams.WithDbAsync(db => db.Members.SingleAsync())).Id;
        var today = new DateOnly(2026, 11, 30);
        await services.GetRequiredService<Invitations>().CreateAsync(new("Later Guest", null, today, new TimeOnly(15, 0), new TimeOnly(16, 0), "Demo", null, null, 1), aliceId, "alice");
        var walkIn = (await services.GetRequiredService<LobbyCheckIn>().WalkInAsync(new WalkInRequest("_Li_ Lei", "Tailspin", aliceId, "Interview", true, "w"), "lobby", "en")).Visit!;

        var boardCard = Assert.Single(await h.Teams.SayAsync(desk, "visitors"));
        Assert.Contains("Visitors · Monday 30 November", boardCard.CardText, StringComparison.Ordinal);
        Assert.Contains("Expected\n1\nOn site\n1\nLeft today\n0", boardCard.CardText, StringComparison.Ordinal);
        Assert.Contains("_Li_ Lei (Tailspin) → Alice, Contoso · 09:00 · waiting for the host", boardCard.CardText, StringComparison.Ordinal);
        Assert.Contains("Later Guest → Alice, Contoso · 15:00", boardCard.CardText, StringComparison.Ordinal);

        var onSite = Assert.Single(await h.Teams.SayAsync(desk, "在场访客", "zh-CN"));
        Assert.Contains("当前在场：1 位访客（09:00）", onSite.CardText, StringComparison.Ordinal);

        var after = Assert.Single(await h.Teams.PressAsync(desk, boardCard, "Check out", within: "Tailspin"));
        Assert.Equal("PUT", after.Method);
        Assert.Equal(boardCard.SentId, after.ActivityId);
        Assert.Contains("Checked out.", after.CardText, StringComparison.Ordinal);
        Assert.Contains("On site\n0\nLeft today\n1", after.CardText, StringComparison.Ordinal);
        var stored = await h.Teams.WithDbAsync(db => db.Visits.SingleAsync(v => v.Id == walkIn.Id));
        Assert.Equal(VisitStatus.CheckedOut, stored.Status);
        Assert.Equal(desk.AadObjectId, stored.CheckedOutBy);

        var refused = Assert.Single(await h.Teams.SayAsync(alice, "visitors"));
        Assert.Contains("not available to you", refused.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_evacuation_card_counts_people_and_names_each_party_and_the_board_lists_who_left()
    {
        await using var h = new OutboxHarness(app => app.Settings["Visits:RunInBackground"] = "false");
        await h.TenantInChatAsync("Alice");
        var desk = await h.StaffInChatAsync();
        var services = h.Teams.App.Services;
        var aliceId = (await h.Teams.WithDbAsync(db => db.Members.SingleAsync())).Id;
        var today = new DateOnly(2026, 11, 30);
        var pair = (await services.GetRequiredService<Invitations>().CreateAsync(new("Zhang San", "Northwind", today, new TimeOnly(9, 0), new TimeOnly(10, 0), "Audit", null, null, 2), aliceId, "alice")).Visit!;
        await services.GetRequiredService<LobbyCheckIn>().WithCodeAsync(pair.Code!, "lobby-1", "en");
        await services.GetRequiredService<LobbyCheckIn>().WalkInAsync(new WalkInRequest("Li Lei", "Tailspin", aliceId, "Interview", true, "w"), "lobby-2", "en");

        var onSite = Assert.Single(await h.Teams.SayAsync(desk, "evacuation"));
        Assert.Contains("On site now: 3 people (09:00)", onSite.CardText, StringComparison.Ordinal);
        Assert.Contains("Zhang San (Northwind) · party of 2\nAlice, Contoso · 09:00", onSite.CardText, StringComparison.Ordinal);
        Assert.Contains("Li Lei (Tailspin)\nAlice, Contoso · 09:00", onSite.CardText, StringComparison.Ordinal);
        var inChinese = Assert.Single(await h.Teams.SayAsync(desk, "疏散", "zh-CN"));
        Assert.Contains("当前在场：3 位访客（09:00）", inChinese.CardText, StringComparison.Ordinal);
        Assert.Contains("Zhang San (Northwind) · 共 2 人", inChinese.CardText, StringComparison.Ordinal);

        var board = Assert.Single(await h.Teams.SayAsync(desk, "visitors"));
        Assert.Contains("On site\n3\nLeft today\n0", board.CardText, StringComparison.Ordinal);
        h.Clock.Advance(TimeSpan.FromMinutes(40));
        var after = Assert.Single(await h.Teams.PressAsync(desk, board, "Check out", within: "Zhang San"));
        Assert.Contains("On site\n1\nLeft today\n2", after.CardText, StringComparison.Ordinal);
        Assert.Contains("Left today\nZhang San (Northwind) · party of 2 → Alice, Contoso · 09:40", after.CardText, StringComparison.Ordinal);
        Assert.Contains("On site now: 1 person (09:40)", Assert.Single(await h.Teams.SayAsync(desk, "on site")).CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_keep_the_watchlist_with_validated_entries()
    {
        await using var h = new OutboxHarness(app => app.Settings["Visits:RunInBackground"] = "false");
        var desk = await h.StaffInChatAsync();

        var list = Assert.Single(await h.Teams.SayAsync(desk, "watchlist"));
        Assert.Contains("Watchlist (0)", list.CardText, StringComparison.Ordinal);
        var invalid = Assert.Single(await h.Teams.PressAsync(desk, list, "Add to watchlist", new() { ["name"] = "Mallory" }));
        Assert.Equal(list.SentId, invalid.ActivityId);
        Assert.Contains("This field is required.", invalid.CardText, StringComparison.Ordinal);
        Assert.Contains("Mallory", invalid.CardText, StringComparison.Ordinal);

        var added = Assert.Single(await h.Teams.PressAsync(desk, invalid, "Add to watchlist", new() { ["name"] = "Mallory", ["company"] = "Evil Corp", ["reason"] = "Tailgating" }));
        Assert.Equal(list.SentId, added.ActivityId);
        Assert.Contains("Added to the watchlist.", added.CardText, StringComparison.Ordinal);
        Assert.Contains("Mallory · Evil Corp", added.CardText, StringComparison.Ordinal);
        var entry = await h.Teams.WithDbAsync(db => db.Watchlist.SingleAsync());

        var removed = Assert.Single(await h.Teams.PressAsync(desk, added, "Remove", within: "Mallory"));
        Assert.Equal(list.SentId, removed.ActivityId);
        Assert.Contains("Watchlist (0)", removed.CardText, StringComparison.Ordinal);
        Assert.False((await h.Teams.WithDbAsync(db => db.Watchlist.SingleAsync(w => w.Id == entry.Id))).Active);
    }
}
