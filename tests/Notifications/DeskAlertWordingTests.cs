using FrontDesk.Bot.Features.Visits;
using FrontDesk.Cards.Localization;
using FrontDesk.Data.Visits;
using FrontDesk.Tests.Harness;
using FrontDesk.Tests.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDesk.Tests.Notifications;

// A desk alert says in words what the failed notice was about, in each staff member's language.
public class DeskAlertWordingTests
{
    [Fact]
    public async Task An_undeliverable_arrival_notice_is_named_by_the_visitor_not_by_its_kind()
    {
        await using var outbox = new OutboxHarness(app => app.Settings["Visits:RunInBackground"] = "false");
        var alice = await outbox.TenantInChatAsync();
        var desk = await outbox.StaffInChatAsync("Desk");
        var lin = await outbox.StaffInChatAsync("Lin", "zh-CN");
        outbox.Channel.Respond = call => call.ConversationId == alice.ConversationId ? new FakeReply(403, "BotDisabledByAdmin") : null;
        var aliceId = (await outbox.Teams.WithDbAsync(db => db.Members.SingleAsync())).Id;
        await outbox.Teams.App.Services.GetRequiredService<LobbyCheckIn>().WalkInAsync(new WalkInRequest("Li Lei", "Tailspin", aliceId, "Interview", true, "a"), "l1", "en");

        await outbox.DrainAsync();
        await outbox.DrainAsync();

        var english = Assert.Single(outbox.DeliveredTo(desk), c => c.Text?.StartsWith("A notification", StringComparison.Ordinal) == true).Text!;
        Assert.Equal("A notification could not reach Alice (Contoso): they have blocked or removed the front-desk bot, or have never opened a chat with it. " +
                     "About: the notice of Li Lei's arrival. Please contact them another way.", english);
        var chinese = Assert.Single(outbox.DeliveredTo(lin), c => c.Text?.StartsWith("一条通知", StringComparison.Ordinal) == true).Text!;
        Assert.Contains("事项：Li Lei到访的通知。", chinese, StringComparison.Ordinal);
        Assert.DoesNotContain("visit", chinese, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(LatinWords.In(chinese.Replace("Li Lei", "", StringComparison.Ordinal).Replace("Alice", "", StringComparison.Ordinal).Replace("Contoso", "", StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_kind_of_notice_has_words_in_the_catalog()
    {
        string[] kinds = [VisitNotices.ArrivalKind, VisitNotices.RelayKind, VisitNotices.DeskKind, "mail.urgent", "mail.batch", "mail.overdue", "mail.newCode"];

        Assert.All(kinds, kind => Assert.Contains($"notifications.about.{kind}", Catalog.Default.Entries(Catalog.English).Keys));
    }
}
