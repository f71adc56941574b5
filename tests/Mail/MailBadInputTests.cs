using FrontDesk.Cards.Common;
using FrontDesk.Cards.Mail;
using FrontDesk.Data.Mail;
using FrontDesk.Data.Notifications;
using FrontDesk.Tests.Harness;
using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Tests.Mail;

public class MailBadInputTests
{
    [Fact]
    public async Task An_unknown_recipient_is_refused_beside_the_field_with_the_values_kept()
    {
        await using var scene = await MailScene.StartAsync();
        var reply = Assert.Single(await scene.SubmitLogAsync(scene.Desk, MailScene.LogFields("Initech [x](http://evil)", shelf: "C7")));

        Assert.Equal("PUT", reply.Method);
        Assert.Contains("Nobody in the directory matches \"Initech [x](http://evil)\"", reply.CardText, StringComparison.Ordinal);
        Assert.Contains(@"Initech \[x\]\(http://evil\)", reply.RawCardText, StringComparison.Ordinal);
        Assert.Contains("C7", reply.CardText, StringComparison.Ordinal);
        Assert.Empty(await scene.ItemsAsync());

        var zh = Assert.Single(await scene.SubmitLogAsync(scene.Desk, MailScene.LogFields("不存在的公司", count: "0"), "zh-CN"));
        Assert.Contains("名录中没有与“不存在的公司”匹配的人或公司", zh.CardText, StringComparison.Ordinal);
        Assert.Contains("请输入 1 到 999 之间的数量", zh.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Several_matches_ask_which_one_and_the_pick_is_logged()
    {
        await using var scene = await MailScene.StartAsync();
        await scene.Teams.AddTenantAsync("Fabrikam", "Wang Wei", "wang.wei@fabrikam.com");
        var ask = Assert.Single(await scene.SubmitLogAsync(scene.Desk, MailScene.LogFields("Wang Wei")));
        Assert.Contains("Several people or companies match. Pick one below.", ask.CardText, StringComparison.Ordinal);
        Assert.Contains("Wang Wei (Fabrikam)", ask.CardText, StringComparison.Ordinal);
        Assert.Empty(await scene.ItemsAsync());

        // The staff member picks the Fabrikam choice on the card that came back (the typed values are still in it).
        var choice = (string)ask.Card!.Descendants().OfType<JObject>().Single(o => (string?)o["id"] == "pick")["choices"]!
            .Single(c => ((string)c["title"]!).Contains("Fabrikam", StringComparison.Ordinal))["value"]!;
        var logged = Assert.Single(await scene.PressLogAsync(scene.Desk, ask, new() { ["pick"] = choice }));
        Assert.Contains("Mail logged for Wang Wei (Fabrikam)", logged.CardText, StringComparison.Ordinal);
        Assert.Equal("Fabrikam", Assert.Single(await scene.ItemsAsync()).CompanyName);
    }

    // One person matches "Eve" (loosely): that is a clear match, so the item is logged without asking to pick.
    [Fact]
    public async Task One_loose_match_is_logged_without_asking()
    {
        await using var scene = await MailScene.StartAsync();
        var logged = Assert.Single(await scene.SubmitLogAsync(scene.Desk, MailScene.LogFields("eve")), c => c.ConversationId == scene.Desk.ConversationId);

        Assert.Contains("Mail logged for Eve Adams (Fabrikam)", logged.CardText, StringComparison.Ordinal);
        Assert.Equal("Eve Adams", Assert.Single(await scene.ItemsAsync()).RecipientName);
    }

    [Fact]
    public async Task A_double_tap_logs_once()
    {
        await using var scene = await MailScene.StartAsync();
        var fields = MailScene.LogFields("Contoso");
        fields["kind2"] = "Letter";
        fields["count2"] = "3";
        var form = await scene.OpenLogAsync(scene.Desk);
        await Task.WhenAll(scene.PressLogAsync(scene.Desk, form, fields), scene.PressLogAsync(scene.Desk, form, fields));

        Assert.Equal(2, (await scene.ItemsAsync()).Count);
        var texts = scene.Teams.Channel.Activities.Where(c => c.Method == "PUT" && c.ActivityId == form.SentId).Select(c => c.CardText).ToList();
        Assert.Equal(2, texts.Count);
        Assert.Single(texts, t => t.Contains("already submitted; nothing new was logged", StringComparison.Ordinal));
        Assert.All(texts, t => Assert.Contains("M-20261128-0002", t, StringComparison.Ordinal));
        Assert.All(texts, t => Assert.Contains("Letter × 3", t, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Serial_numbers_stay_unique_and_in_order_when_two_desks_log_at_once()
    {
        await using var scene = await MailScene.StartAsync();
        var submits = Enumerable.Range(0, 12)
            .Select(i => scene.SubmitLogAsync(i % 2 == 0 ? scene.Desk : scene.Desk2, MailScene.LogFields(i % 3 == 0 ? "Fabrikam" : "Contoso")));
        await Task.WhenAll(submits);

        var items = await scene.ItemsAsync();
        Assert.Equal([.. Enumerable.Range(1, 12).Select(n => $"M-20261128-{n:D4}")], items.Select(i => i.Serial).Order(StringComparer.Ordinal));
        Assert.Equal(12, await scene.Teams.WithDbAsync(db => db.MailSerialCounters.Where(c => c.Day == "20261128").Select(c => c.Last).SingleAsync()));

        // The day is the building's: 16:30 UTC is already the 29th in Shanghai.
        scene.Clock.Advance(TimeSpan.FromHours(15.5));
        Assert.Contains("M-20261129-0001", (await scene.LogAsync("Contoso")).CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_codes_count_down_then_lock_and_the_desk_unlocks_with_a_new_code()
    {
        await using var scene = await MailScene.StartAsync();
        var mark = scene.Teams.Channel.MarkCalls();
        await scene.LogAsync("Wang Wei", urgent: true);
        var code = MailScene.Code(Assert.Single(await scene.NoticesAsync(scene.Wang, mark)));
        var wrong = code[0] == 'A' ? "B" + code[1..] : "A" + code[1..];
        const string serial = "M-20261128-0001";

        for (var left = 4; left >= 1; left--)
        {
            var reply = Assert.Single(await scene.PressItemAsync(scene.Desk, "pickup", serial, wrong, "Someone"));
            Assert.Contains($"That code does not match {serial}. {left} tries left", reply.CardText, StringComparison.Ordinal);
            Assert.Contains("Someone", reply.CardText, StringComparison.Ordinal);
        }
        var locked = Assert.Single(await scene.PressItemAsync(scene.Desk, "pickup", serial, wrong, "Someone"));
        Assert.Contains($"{serial} is locked after 5 wrong codes", locked.CardText, StringComparison.Ordinal);
        Assert.Contains("Unlock and send a new code", locked.CardText, StringComparison.Ordinal);

        // Locked means locked: even the right code does not open it now.
        var stillLocked = Assert.Single(await scene.PressItemAsync(scene.Desk, "pickup", serial, code, "Wang Wei"));
        Assert.Contains("is locked after 5 wrong codes", stillLocked.CardText, StringComparison.Ordinal);
        var item = await scene.ItemAsync(serial);
        Assert.Equal((5, MailStatus.Notified), (item.WrongCodeAttempts, item.Status));
        Assert.Equal(5, item.History.Count(h => h.Type == MailEventType.WrongCode));
        Assert.Contains("Locked: too many wrong pickup codes.", Assert.Single(await scene.Teams.SayAsync(scene.Desk, "pending mail")).CardText, StringComparison.Ordinal);

        mark = scene.Teams.Channel.MarkCalls();
        var unlocked = Assert.Single(await scene.PressItemAsync(scene.Desk2, "unlock", serial), c => c.ConversationId == scene.Desk2.ConversationId);
        Assert.Contains($"{serial} unlocked; the recipient has a new pickup code.", unlocked.CardText, StringComparison.Ordinal);
        var fresh = Assert.Single(await scene.NoticesAsync(scene.Wang, mark));
        Assert.Contains($"New pickup code for {serial}", fresh.CardText, StringComparison.Ordinal);
        var newCode = MailScene.Code(fresh);

        var oldRefused = Assert.Single(await scene.PressItemAsync(scene.Desk, "pickup", serial, code, "Wang Wei"));
        Assert.Contains("4 tries left", oldRefused.CardText, StringComparison.Ordinal);
        var done = Assert.Single(await scene.PressItemAsync(scene.Desk, "pickup", serial, newCode, "Wang Wei"));
        Assert.Contains($"{serial} picked up by Wang Wei", done.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reused_code_or_a_second_pickup_says_when_and_by_whom_it_was_collected()
    {
        await using var scene = await MailScene.StartAsync();
        var mark = scene.Teams.Channel.MarkCalls();
        await scene.LogAsync("Wang Wei", urgent: true);
        var code = MailScene.Code(Assert.Single(await scene.NoticesAsync(scene.Wang, mark)));
        scene.Clock.Advance(TimeSpan.FromMinutes(30));
        var staleItemCard = await scene.OpenItemAsync(scene.Desk2, "M-20261128-0001");
        await scene.HandOverAsync(scene.Desk, code, "Wang Wei");

        var reused = Assert.Single(await scene.HandOverAsync(scene.Desk2, code, "Mallory"));
        Assert.Contains("M-20261128-0001 was already picked up on 2026-11-28 09:30 by Wang Wei (confirmed by Desk Zhou).", reused.CardText, StringComparison.Ordinal);
        // The second desk still has the item's card from before the pickup open, and presses it.
        var again = Assert.Single(await scene.PressItemAsync(scene.Desk2, staleItemCard, "pickup", code, "Mallory"));
        Assert.Contains("was already picked up on 2026-11-28 09:30 by Wang Wei", again.CardText, StringComparison.Ordinal);
        var unknown = Assert.Single(await scene.HandOverAsync(scene.Desk2, "ZZZZZZ", "Mallory"));
        Assert.Contains("No item is waiting with that code.", unknown.CardText, StringComparison.Ordinal);

        var item = await scene.ItemAsync("M-20261128-0001");
        Assert.Equal("Wang Wei", item.HandedTo);
        Assert.Single(item.History, h => h.Type == MailEventType.PickedUp);
    }

    [Fact]
    public async Task Two_desks_confirming_the_same_pickup_at_once_one_wins_and_the_other_is_told()
    {
        await using var scene = await MailScene.StartAsync();
        var mark = scene.Teams.Channel.MarkCalls();
        await scene.LogAsync("Eve Adams", urgent: true);
        var code = MailScene.Code(Assert.Single(await scene.NoticesAsync(scene.Eve, mark)));

        var cards = new[] { await scene.OpenItemAsync(scene.Desk, "M-20261128-0001"), await scene.OpenItemAsync(scene.Desk2, "M-20261128-0001") };
        await Task.WhenAll(
            scene.PressItemAsync(scene.Desk, cards[0], "pickup", code, "Eve Adams"),
            scene.PressItemAsync(scene.Desk2, cards[1], "pickup", code, "Eve's assistant"));

        var texts = cards.Select(card => scene.Teams.Current(card).CardText).ToList();
        var winner = Assert.Single(texts, t => t.Contains("picked up by", StringComparison.Ordinal) && !t.Contains("already", StringComparison.Ordinal));
        var loser = Assert.Single(texts, t => t.Contains("was already picked up on 2026-11-28 09:00", StringComparison.Ordinal));
        var item = await scene.ItemAsync("M-20261128-0001");
        Assert.Contains($"by {item.HandedTo} (confirmed by {item.ClosedByName})", loser, StringComparison.Ordinal);
        Assert.Contains($"picked up by {item.HandedTo}", winner, StringComparison.Ordinal);
        Assert.Single(item.History, h => h.Type == MailEventType.PickedUp);
    }

    [Fact]
    public async Task A_member_cannot_see_or_collect_another_companys_items()
    {
        await using var scene = await MailScene.StartAsync();
        await scene.LogAsync("Wang Wei", "Document");
        await scene.LogAsync("Contoso", "Letter");
        await scene.LogAsync("Eve Adams", "Parcel");

        var mine = await scene.Teams.OpenAsync(scene.Wang, "my mail");
        Assert.Contains("Your mail at the desk (2)", mine.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("M-20261128-0003", mine.CardText, StringComparison.Ordinal);
        // Li sees the company's item but not the one addressed to Wang.
        var li = Assert.Single(await scene.Teams.SayAsync(scene.Li, "我的邮件", "zh-CN"));
        Assert.Contains("您在前台的邮件（1 件）", li.CardText, StringComparison.Ordinal);
        Assert.Contains("M-20261128-0002", li.CardText, StringComparison.Ordinal);

        var eve = Assert.Single(await scene.Teams.SayAsync(scene.Eve, "mail M-20261128-0001"));
        Assert.Equal("There is no mail item M-20261128-0001 that you may see.", eve.Text);
        var liTracks = Assert.Single(await scene.Teams.SayAsync(scene.Li, "邮件 M-20261128-0001", "zh-CN"));
        Assert.Equal("没有您可以查看的邮件 M-20261128-0001。", liTracks.Text);
        // Forged: Eve was never sent a card with the desk's buttons.
        var forged = Assert.Single(await scene.Teams.SubmitForgedAsync(scene.Eve, new JObject
        {
            [CardAction.Key] = MailActions.PickUp.Name,
            ["serial"] = "M-20261128-0001",
            ["from"] = "item",
            ["code"] = "ABCDEF",
            ["who"] = "Eve",
        }, "card-x"));
        Assert.Contains("not available to you", forged.CardText, StringComparison.Ordinal);
        var showForged = Assert.Single(await scene.Teams.SubmitForgedAsync(scene.Eve, new JObject { [CardAction.Key] = MailActions.Show.Name, ["serial"] = "M-20261128-0001" }, "card-y"));
        Assert.Equal("There is no mail item M-20261128-0001 that you may see.", showForged.Text);
        Assert.Contains("not available to you", Assert.Single(await scene.Teams.SayAsync(scene.Eve, "pending mail")).CardText, StringComparison.Ordinal);
        Assert.All(await scene.ItemsAsync(), i => Assert.Equal(0, i.WrongCodeAttempts));
    }

    [Fact]
    public async Task A_recipient_who_blocked_the_bot_is_marked_unreachable_and_the_desk_is_told()
    {
        await using var scene = await MailScene.StartAsync();
        scene.Teams.Channel.Respond = call => call.ConversationId == scene.Wang.ConversationId ? new FakeReply(403, "BotDisabledByAdmin") : null;
        var mark = scene.Teams.Channel.MarkCalls();
        await scene.LogAsync("Wang Wei", "Document", urgent: true);

        Assert.Empty(await scene.NoticesAsync(scene.Wang, mark));
        var row = Assert.Single(await scene.Teams.NotificationsAboutAsync("mail:M-20261128-0001"));
        Assert.Equal(("mail.urgent", NotificationStatus.Unreachable), (row.Kind, row.Status));

        await scene.DrainAsync();
        foreach (var desk in new[] { scene.Desk, scene.Desk2 })
        {
            var alert = Assert.Single(scene.Teams.Channel.CallsSince(mark), c => c.ConversationId == desk.ConversationId && c.Method == "POST" && c.Status == 200 && c.Card is null);
            Assert.Contains("could not reach Wang Wei (Contoso)", alert.Text, StringComparison.Ordinal);
            Assert.Contains("the urgent-mail notice for M-20261128-0001", alert.Text, StringComparison.Ordinal);
        }
        // The item is still waiting and the desk can hand it over or deliver it.
        Assert.Equal(MailStatus.Notified, (await scene.ItemAsync("M-20261128-0001")).Status);
    }

    [Fact]
    public async Task A_member_who_lost_the_code_gets_a_new_one_and_the_old_one_stops_working()
    {
        await using var scene = await MailScene.StartAsync();
        var mark = scene.Teams.Channel.MarkCalls();
        await scene.LogAsync("Wang Wei", "Document", urgent: true);
        await scene.LogAsync("Eve Adams", "Parcel", urgent: true);
        var old = MailScene.Code(Assert.Single(await scene.NoticesAsync(scene.Wang, mark)));

        var mine = await scene.Teams.OpenAsync(scene.Wang, "my mail");
        mark = scene.Teams.Channel.MarkCalls();
        var sent = Assert.Single(await scene.Teams.PressAsync(scene.Wang, mine, "Send me a new pickup code"));
        Assert.Contains("A new pickup code for M-20261128-0001 is on its way", sent.Text, StringComparison.Ordinal);
        var fresh = Assert.Single(await scene.NoticesAsync(scene.Wang, mark));
        Assert.Contains("New pickup code for M-20261128-0001", fresh.CardText, StringComparison.Ordinal);
        Assert.Empty(await scene.NoticesAsync(scene.Li, mark));
        var code = MailScene.Code(fresh);

        var refused = Assert.Single(await scene.PressItemAsync(scene.Desk, "pickup", "M-20261128-0001", old, "Wang Wei"));
        Assert.Contains("4 tries left", refused.CardText, StringComparison.Ordinal);
        Assert.Contains("picked up by Wang Wei", Assert.Single(await scene.PressItemAsync(scene.Desk, "pickup", "M-20261128-0001", code, "Wang Wei")).CardText, StringComparison.Ordinal);
        Assert.Equal(MailStatus.Notified, (await scene.ItemAsync("M-20261128-0002")).Status);
        Assert.Contains(MailEventType.NewCode, (await scene.ItemAsync("M-20261128-0001")).History.Select(h => h.Type));
    }
}
