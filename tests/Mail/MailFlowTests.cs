using FrontDesk.Data.Mail;

namespace FrontDesk.Tests.Mail;

public class MailFlowTests
{
    [Fact]
    public async Task An_urgent_item_is_notified_at_once_and_picked_up_with_its_code_leaving_a_full_history()
    {
        await using var scene = await MailScene.StartAsync();
        var teams = scene.Teams;

        var form = Assert.Single(await teams.SayAsync(scene.Desk, "log mail"));
        Assert.Contains("Recipient (person or company)", form.CardText, StringComparison.Ordinal);
        Assert.Contains("Large parcel", form.CardText, StringComparison.Ordinal);

        var mark = teams.Channel.MarkCalls();
        var logged = await scene.LogAsync("wang wei", "Document", urgent: true);
        Assert.Equal("PUT", logged.Method);
        Assert.Contains("Mail logged for Wang Wei (Contoso)", logged.CardText, StringComparison.Ordinal);
        Assert.Contains("M-20261128-0001", logged.CardText, StringComparison.Ordinal);
        Assert.Contains("The recipient has been notified now.", logged.CardText, StringComparison.Ordinal);

        var notice = Assert.Single(await scene.NoticesAsync(scene.Wang, mark));
        Assert.Contains("Urgent mail for you: M-20261128-0001", notice.CardText, StringComparison.Ordinal);
        Assert.Contains("Document · SF Express", notice.CardText, StringComparison.Ordinal);
        Assert.Contains("Since 2026-11-28 09:00", notice.CardText, StringComparison.Ordinal);
        Assert.Contains("shelf B2", notice.CardText, StringComparison.Ordinal);
        var code = MailScene.Code(notice);
        Assert.DoesNotContain(code, logged.CardText, StringComparison.Ordinal);
        Assert.Empty(await scene.NoticesAsync(scene.Li, mark));

        var item = await scene.ItemAsync("M-20261128-0001");
        Assert.Equal(MailStatus.Notified, item.Status);
        Assert.NotEqual(code, item.PickupCodeHash);
        Assert.Equal(PickupCode.Hash(code), item.PickupCodeHash);

        scene.Clock.Advance(TimeSpan.FromMinutes(42));
        var shown = Assert.Single(await teams.SayAsync(scene.Desk, "mail m-20261128-0001"));
        Assert.Contains("Mail M-20261128-0001", shown.CardText, StringComparison.Ordinal);
        Assert.Contains("Picked up (with code)", shown.CardText, StringComparison.Ordinal);

        var done = Assert.Single(await scene.PressItemAsync(scene.Desk, "pickup", "M-20261128-0001", code.ToLowerInvariant(), "Wang Wei"));
        Assert.Contains("M-20261128-0001 picked up by Wang Wei.", done.CardText, StringComparison.Ordinal);

        item = await scene.ItemAsync("M-20261128-0001");
        Assert.Equal(MailStatus.PickedUp, item.Status);
        Assert.Equal(42 * 60, item.DeliverySeconds);
        Assert.Equal("Desk Zhou", item.ClosedByName);
        Assert.Equal(
            [MailEventType.Received, MailEventType.Notified, MailEventType.PickedUp],
            item.History.OrderBy(h => h.Id).Select(h => h.Type));
        Assert.All(item.History, h => Assert.False(string.IsNullOrEmpty(h.Actor)));

        var history = Assert.Single(await teams.SayAsync(scene.Wang, "mail M-20261128-0001"));
        Assert.Contains("2026-11-28 09:00 · Received at the desk · by Desk Zhou", history.CardText, StringComparison.Ordinal);
        Assert.Contains("2026-11-28 09:42 · Picked up · by Desk Zhou · Wang Wei", history.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("Picked up (with code)", history.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ordinary_items_wait_for_the_batch_window_and_go_out_as_one_card_per_recipient()
    {
        await using var scene = await MailScene.StartAsync();
        var mark = scene.Teams.Channel.MarkCalls();
        var first = await scene.LogAsync("Wang Wei", "Letter");
        Assert.Contains("notified within 15 minutes", first.CardText, StringComparison.Ordinal);
        scene.Clock.Advance(TimeSpan.FromMinutes(5));
        await scene.LogAsync("Wang Wei", "Parcel");
        await scene.LogAsync("Contoso", "LargeParcel");

        Assert.Equal(0, (await scene.RunRoundAsync()).Batches);
        Assert.Empty(await scene.NoticesAsync(scene.Wang, mark));

        scene.Clock.Advance(TimeSpan.FromMinutes(10));
        var round = await scene.RunRoundAsync();
        Assert.Equal(1, round.Batches);
        var notice = Assert.Single(await scene.NoticesAsync(scene.Wang, mark));
        Assert.Contains("You have mail at the front desk (2)", notice.CardText, StringComparison.Ordinal);
        Assert.Equal(["M-20261128-0001", "M-20261128-0002"], MailScene.Serials(notice));
        Assert.Empty(await scene.NoticesAsync(scene.Li, mark));

        // The company's item reached its window 5 minutes later: everyone at Contoso hears about it.
        scene.Clock.Advance(TimeSpan.FromMinutes(5));
        mark = scene.Teams.Channel.MarkCalls();
        Assert.Equal(1, (await scene.RunRoundAsync()).Batches);
        var toLi = Assert.Single(await scene.NoticesAsync(scene.Li, mark)).CardText;
        Assert.Contains("M-20261128-0003", toLi, StringComparison.Ordinal);
        Assert.Contains("M-20261128-0003", Assert.Single(await scene.NoticesAsync(scene.Wang, mark)).CardText, StringComparison.Ordinal);
        Assert.Empty(await scene.NoticesAsync(scene.Eve, mark));

        // Nothing is sent twice.
        mark = scene.Teams.Channel.MarkCalls();
        Assert.Equal(0, (await scene.RunRoundAsync()).Batches);
        Assert.Empty(await scene.NoticesAsync(scene.Wang, mark));
        Assert.All(await scene.ItemsAsync(), i => Assert.Equal(MailStatus.Notified, i.Status));

        // One code for the batch: both items go with it.
        var done = Assert.Single(await scene.HandOverAsync(scene.Desk, MailScene.Code(notice), "Wang Wei"));
        Assert.Contains("M-20261128-0001, M-20261128-0002 picked up by Wang Wei", done.CardText, StringComparison.Ordinal);
        Assert.Equal(MailStatus.Notified, (await scene.ItemAsync("M-20261128-0003")).Status);
    }

    [Fact]
    public async Task After_24_hours_an_item_is_escalated_to_the_recipient_and_colleagues_and_tops_the_board()
    {
        await using var scene = await MailScene.StartAsync();
        await scene.LogAsync("Wang Wei", "Parcel");
        scene.Clock.Advance(TimeSpan.FromHours(3));
        await scene.LogAsync("Eve Adams", "Letter");
        scene.Clock.Advance(TimeSpan.FromMinutes(20));
        await scene.RunRoundAsync();

        scene.Clock.Advance(TimeSpan.FromHours(20).Add(TimeSpan.FromMinutes(39)));
        Assert.Equal(0, (await scene.RunRoundAsync()).Escalated);
        scene.Clock.Advance(TimeSpan.FromMinutes(1));
        var mark = scene.Teams.Channel.MarkCalls();
        Assert.Equal(1, (await scene.RunRoundAsync()).Escalated);

        var item = await scene.ItemAsync("M-20261128-0001");
        Assert.Equal(MailStatus.Escalated, item.Status);
        Assert.Equal(MailScene.Start.AddHours(24), item.EscalatedAt);
        Assert.Contains(item.History, h => h.Type == MailEventType.Escalated && h.Details == "Wang Wei, Li Na");
        foreach (var user in new[] { scene.Wang, scene.Li })
        {
            var reminder = Assert.Single(await scene.NoticesAsync(user, mark));
            Assert.Contains("Mail not collected for 24 hours: M-20261128-0001", reminder.CardText, StringComparison.Ordinal);
            Assert.Contains("For Wang Wei (Contoso)", reminder.CardText, StringComparison.Ordinal);
            Assert.DoesNotMatch(@"\*\*[2-9A-Z]{6}\*\*", reminder.CardText);
        }
        Assert.Empty(await scene.NoticesAsync(scene.Eve, mark));

        // Li may now follow the item her colleague has not collected.
        Assert.Contains("Overdue, escalated", Assert.Single(await scene.Teams.SayAsync(scene.Li, "mail M-20261128-0001")).CardText, StringComparison.Ordinal);

        var board = Assert.Single(await scene.Teams.SayAsync(scene.Desk, "pending mail"));
        Assert.Contains("Pending mail (2)", board.CardText, StringComparison.Ordinal);
        Assert.True(board.CardText.IndexOf("M-20261128-0001", StringComparison.Ordinal) < board.CardText.IndexOf("M-20261128-0002", StringComparison.Ordinal));
        Assert.Contains("M-20261128-0001** · Wang Wei (Contoso) · Parcel · SF Express · waiting 1 d 0 h", board.CardText, StringComparison.Ordinal);
        Assert.Contains("**OVERDUE**", board.CardText, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(board.CardText, "OVERDUE"));

        // Closed late: the time to delivery says so for the compliance figures.
        scene.Clock.Advance(TimeSpan.FromHours(2));
        await scene.PressItemAsync(scene.Desk, "deliver", "M-20261128-0001", who: "Li Na at reception");
        item = await scene.ItemAsync("M-20261128-0001");
        Assert.Equal(MailStatus.Delivered, item.Status);
        Assert.Equal(26 * 3600, item.DeliverySeconds);
        Assert.Equal("Li Na at reception (late)", item.History.Single(h => h.Type == MailEventType.Delivered).Details);
    }

    [Fact]
    public async Task Staff_deliver_to_the_suite_or_return_to_sender_and_the_history_says_who_and_when()
    {
        await using var scene = await MailScene.StartAsync();
        await scene.LogAsync("Contoso", "LargeParcel");
        await scene.LogAsync("Fabrikam", "Perishable");
        scene.Clock.Advance(TimeSpan.FromHours(1));

        var delivered = Assert.Single(await scene.PressItemAsync(scene.Desk, "deliver", "M-20261128-0001", who: "Zhang San, reception"));
        Assert.Contains("M-20261128-0001 delivered to the suite, signed by Zhang San, reception.", delivered.CardText, StringComparison.Ordinal);
        var missing = Assert.Single(await scene.PressItemAsync(scene.Desk2, "return", "M-20261128-0002"));
        Assert.Contains("Enter who collected it, who signed for it, or why it is returned.", missing.CardText, StringComparison.Ordinal);
        var returned = Assert.Single(await scene.PressItemAsync(scene.Desk2, "return", "M-20261128-0002", who: "Refused: not ordered"));
        Assert.Contains("M-20261128-0002 returned to sender: Refused: not ordered.", returned.CardText, StringComparison.Ordinal);

        var one = await scene.ItemAsync("M-20261128-0001");
        Assert.Equal((MailStatus.Delivered, 3600L, "Desk Zhou"), (one.Status, one.DeliverySeconds!.Value, one.ClosedByName!));
        var two = await scene.ItemAsync("M-20261128-0002");
        Assert.Equal((MailStatus.ReturnedToSender, (long?)null, "Desk Qian", "Refused: not ordered"), (two.Status, two.DeliverySeconds, two.ClosedByName!, two.HandedTo!));
        Assert.Equal(MailEventType.ReturnedToSender, two.History.OrderBy(h => h.Id).Last().Type);
        Assert.Contains("No mail is waiting at the desk.", Assert.Single(await scene.Teams.SayAsync(scene.Desk, "待取邮件", "en-US")).CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_recipient_not_in_Teams_is_flagged_on_the_board_and_the_desk_hands_over_without_a_code()
    {
        await using var scene = await MailScene.StartAsync();
        await scene.Teams.AddTenantAsync("Northwind", "Zhao Lei", "zhao.lei@northwind.com");
        var logged = await scene.LogAsync("Zhao Lei", "Parcel", urgent: true);
        Assert.Contains("Mail logged for Zhao Lei (Northwind)", logged.CardText, StringComparison.Ordinal);

        var item = await scene.ItemAsync("M-20261128-0001");
        Assert.Equal((MailStatus.Received, (string?)null), (item.Status, item.PickupCodeHash));
        Assert.Contains(item.History, h => h.Type == MailEventType.NotNotifiable);
        scene.Clock.Advance(TimeSpan.FromMinutes(20));
        Assert.Equal(0, (await scene.RunRoundAsync()).ItemsNotified);

        var board = Assert.Single(await scene.Teams.SayAsync(scene.Desk, "pending mail")).CardText;
        Assert.Contains("not notified (not in Teams)", board, StringComparison.Ordinal);
        var done = Assert.Single(await scene.PressItemAsync(scene.Desk, "pickup", "M-20261128-0001", who: "Zhao Lei (ID checked)"));
        Assert.Contains("M-20261128-0001 picked up by Zhao Lei (ID checked).", done.CardText, StringComparison.Ordinal);
        Assert.Equal(20 * 60, (await scene.ItemAsync("M-20261128-0001")).DeliverySeconds);
    }
}
