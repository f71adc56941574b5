using FrontDesk.Data.Calls;

namespace FrontDesk.Tests.Calls;

public class CallFlowTests
{
    [Fact]
    public async Task A_call_for_a_member_is_saved_with_a_reference_told_to_them_at_once_and_marked_called_back_from_the_notice()
    {
        await using var scene = await CallScene.StartAsync();
        var form = await scene.OpenCallAsync(scene.Desk);
        Assert.Contains("Answer the phone with:", form.CardText, StringComparison.Ordinal);
        Assert.Contains("Good day, FrontDesk Tower front desk, this is Desk Zhou speaking. How may I help you?", form.CardText, StringComparison.Ordinal);
        Assert.Contains("Message (at most 1000 characters)", form.CardText, StringComparison.Ordinal);
        Assert.Contains("Within three rings", form.CardText, StringComparison.Ordinal);

        var mark = scene.Teams.Channel.MarkCalls();
        var saved = Assert.Single(await scene.PressSaveAsync(scene.Desk, form, CallScene.CallFields("wang wei", urgent: true, answered: "Later")),
            c => c.ConversationId == scene.Desk.ConversationId);
        Assert.Equal(("PUT", form.SentId), (saved.Method, saved.ActivityId));
        Assert.Contains("Phone message C-20261201-0001 saved", saved.CardText, StringComparison.Ordinal);
        Assert.Contains("Wang Wei has been told in Teams.", saved.CardText, StringComparison.Ordinal);

        var notice = Assert.Single(await scene.ReceivedAsync(scene.Wang, mark));
        Assert.Contains("URGENT phone message for you", notice.CardText, StringComparison.Ordinal);
        Assert.Contains("Zhang San", notice.CardText, StringComparison.Ordinal);
        Assert.Contains("Northwind Traders", notice.CardText, StringComparison.Ordinal);
        Assert.Contains("+86 21 5555 0101", notice.CardText, StringComparison.Ordinal);
        Assert.Contains("Please send the signed contract today.", notice.CardText, StringComparison.Ordinal);
        Assert.Contains("Please call back.", notice.CardText, StringComparison.Ordinal);
        Assert.Contains("2026-12-01 09:00 by Desk Zhou", notice.CardText, StringComparison.Ordinal);
        Assert.Empty(await scene.ReceivedAsync(scene.Li, mark));
        Assert.Empty(await scene.ReceivedAsync(scene.Desk2, mark));

        var stored = await scene.MessageAsync("C-20261201-0001");
        Assert.Equal((AnswerSpeed.Later, true, true, PhoneMessageStatus.Open, 1), (stored.AnswerSpeed, stored.Urgent, stored.CallBackRequested, stored.Status, stored.NotifiedCount));

        scene.Clock.Advance(TimeSpan.FromMinutes(12));
        var calledBack = Assert.Single(await scene.PressCalledBackAsync(scene.Wang, notice));
        Assert.Equal(("PUT", notice.SentId), (calledBack.Method, calledBack.ActivityId));
        Assert.Contains("Called back at 2026-12-01 09:12 by Wang Wei.", calledBack.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("Action.Submit", calledBack.Card!.ToString(), StringComparison.Ordinal);
        stored = await scene.MessageAsync("C-20261201-0001");
        Assert.Equal((PhoneMessageStatus.CalledBack, "Wang Wei"), (stored.Status, stored.CalledBackByName));

        var today = await scene.Teams.OpenAsync(scene.Desk, "calls");
        Assert.Contains("Phone messages today, Tuesday 1 December (1)", today.CardText, StringComparison.Ordinal);
        Assert.Contains("C-20261201-0001** · 09:00 · Zhang San (Northwind Traders) · +86 21 5555 0101 → Wang Wei (Contoso)", today.CardText, StringComparison.Ordinal);
        Assert.Contains("Called back at 2026-12-01 09:12 by Wang Wei.", today.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_company_wide_message_reaches_everyone_there_in_their_language_and_the_first_to_call_back_closes_it()
    {
        await using var scene = await CallScene.StartAsync();
        await scene.Teams.SayAsync(scene.Li, "你好", "zh-CN");
        var mark = scene.Teams.Channel.MarkCalls();

        var saved = await scene.LogAsync(CallScene.CallFields("Contoso", "The courier comes at 15:00.", callBack: false));
        Assert.Contains("Everyone at Contoso who uses Teams has been told (2).", saved.CardText, StringComparison.Ordinal);

        var toWang = Assert.Single(await scene.ReceivedAsync(scene.Wang, mark));
        Assert.Contains("Phone message for everyone at Contoso", toWang.CardText, StringComparison.Ordinal);
        var toLi = Assert.Single(await scene.ReceivedAsync(scene.Li, mark));
        Assert.Contains("给Contoso全体的电话留言", toLi.CardText, StringComparison.Ordinal);
        Assert.Contains("来电人", toLi.CardText, StringComparison.Ordinal);
        Assert.Equal("zh-Hans", (string?)toLi.Body!["locale"]);
        Assert.Empty(await scene.ReceivedAsync(scene.Eve, mark));

        scene.Clock.Advance(TimeSpan.FromMinutes(3));
        var byLi = Assert.Single(await scene.PressCalledBackAsync(scene.Li, toLi, locale: "zh-CN"));
        Assert.Contains("已于 2026-12-01 09:03 由Li Na回电。", byLi.CardText, StringComparison.Ordinal);

        scene.Clock.Advance(TimeSpan.FromMinutes(5));
        var byWang = Assert.Single(await scene.PressCalledBackAsync(scene.Wang, toWang));
        Assert.Contains("Called back at 2026-12-01 09:03 by Li Na.", byWang.CardText, StringComparison.Ordinal);
        Assert.Equal("Li Na", (await scene.MessageAsync("C-20261201-0001")).CalledBackByName);
        Assert.Contains("You have no open phone messages.", (await scene.Teams.OpenAsync(scene.Wang, "my messages")).CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_recipient_who_cannot_be_reached_in_Teams_is_flagged_to_the_desk_with_the_message()
    {
        await using var scene = await CallScene.StartAsync();
        // In the directory, never linked in Teams.
        await scene.Teams.AddTenantAsync("Northwind", "Zhao Lei", "zhao.lei@northwind.com");
        var mark = scene.Teams.Channel.MarkCalls();

        var saved = await scene.LogAsync(CallScene.CallFields("Zhao Lei", "Your **visitor** is late."));
        Assert.Contains("Nobody it is for can be reached in Teams, so the desk has been told", saved.CardText, StringComparison.Ordinal);

        foreach (var desk in new[] { scene.Desk, scene.Desk2 })
        {
            var flag = Assert.Single(await scene.ReceivedAsync(desk, mark), c => c.Text is not null);
            Assert.Contains("Phone message C-20261201-0001 for Zhao Lei (Northwind) could not be delivered", flag.Text, StringComparison.Ordinal);
            Assert.Contains(@"Zhang San (Northwind Traders) called: Your \*\*visitor\*\* is late\.", flag.Text, StringComparison.Ordinal);
        }
        Assert.Equal(0, (await scene.MessageAsync("C-20261201-0001")).NotifiedCount);
        var today = await scene.Teams.OpenAsync(scene.Desk, "今日来电");
        Assert.Contains("not delivered: nobody reachable in Teams", today.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_urgent_message_not_called_back_in_time_reminds_the_recipient_once_and_tells_the_desk()
    {
        await using var scene = await CallScene.StartAsync();
        var urgent = await scene.LogAsync(CallScene.CallFields("Wang Wei", "The server room is flooding.", urgent: true));
        await scene.LogAsync(CallScene.CallFields("Eve Adams", "Lunch is moved to Friday."));
        await scene.LogAsync(CallScene.CallFields("Li Na", "Call the bank.", urgent: true));
        Assert.Contains("C-20261201-0001", urgent.CardText, StringComparison.Ordinal);
        var toLi = Assert.Single(await scene.ReceivedAsync(scene.Li, 0), c => c.CardText.Contains("Call the bank.", StringComparison.Ordinal));
        await scene.PressCalledBackAsync(scene.Li, toLi);
        var liMark = scene.Teams.Channel.MarkCalls();

        scene.Clock.Advance(TimeSpan.FromMinutes(29));
        var mark = scene.Teams.Channel.MarkCalls();
        Assert.Equal(0, await scene.RunRoundAsync());
        Assert.Empty(await scene.ReceivedAsync(scene.Wang, mark));

        scene.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await scene.RunRoundAsync());
        var reminder = Assert.Single(await scene.ReceivedAsync(scene.Wang, mark));
        Assert.Contains("Reminder: an urgent phone message has waited 30 minutes for a call back", reminder.CardText, StringComparison.Ordinal);
        Assert.Contains("The server room is flooding.", reminder.CardText, StringComparison.Ordinal);
        var toDesk = Assert.Single(await scene.ReceivedAsync(scene.Desk2, mark));
        Assert.Equal("Urgent phone message C-20261201-0001 for Wang Wei (Contoso) from Zhang San (Northwind Traders) has not been called back after 30 minutes. The recipient has been reminded.", toDesk.Text);
        Assert.Empty(await scene.ReceivedAsync(scene.Eve, mark));
        Assert.Empty(await scene.ReceivedAsync(scene.Li, liMark));

        // Once: the next rounds remind nobody again, and the reminder's own button closes it.
        scene.Clock.Advance(TimeSpan.FromHours(2));
        mark = scene.Teams.Channel.MarkCalls();
        Assert.Equal(0, await scene.RunRoundAsync());
        Assert.Empty(await scene.ReceivedAsync(scene.Wang, mark));
        Assert.Contains("reminder sent", (await scene.Teams.OpenAsync(scene.Desk, "calls")).CardText, StringComparison.Ordinal);
        Assert.Contains("Called back at 2026-12-01 11:30 by Wang Wei.", Assert.Single(await scene.PressCalledBackAsync(scene.Wang, reminder)).CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_sees_their_own_and_their_companys_open_messages_and_closes_one_from_the_list()
    {
        await using var scene = await CallScene.StartAsync();
        await scene.LogAsync(CallScene.CallFields("Wang Wei", "For Wang."));
        await scene.LogAsync(CallScene.CallFields("Li Na", "For Li only."));
        await scene.LogAsync(CallScene.CallFields("Contoso", "For all of Contoso."));
        await scene.LogAsync(CallScene.CallFields("Fabrikam", "For Fabrikam."));

        var mine = await scene.Teams.OpenAsync(scene.Wang, "我的留言", "zh-CN");
        Assert.Contains("您未处理的电话留言（2 条）", mine.CardText, StringComparison.Ordinal);
        mine = await scene.Teams.OpenAsync(scene.Wang, "my messages");
        Assert.Contains("Your open phone messages (2)", mine.CardText, StringComparison.Ordinal);
        Assert.Contains("For Wang.", mine.CardText, StringComparison.Ordinal);
        Assert.Contains("For all of Contoso.", mine.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("For Li only.", mine.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("For Fabrikam.", mine.CardText, StringComparison.Ordinal);

        var after = Assert.Single(await scene.PressCalledBackAsync(scene.Wang, mine, within: "C-20261201-0001"));
        Assert.Equal(mine.SentId, after.ActivityId);
        Assert.Contains("C-20261201-0001 is marked called back.", after.CardText, StringComparison.Ordinal);
        Assert.Contains("Your open phone messages (1)", after.CardText, StringComparison.Ordinal);
        Assert.Equal(PhoneMessageStatus.CalledBack, (await scene.MessageAsync("C-20261201-0001")).Status);
        Assert.Equal(PhoneMessageStatus.Open, (await scene.MessageAsync("C-20261201-0003")).Status);

        var lookedUp = await scene.Teams.OpenAsync(scene.Wang, "message c-20261201-0003");
        Assert.Contains("Phone message C-20261201-0003", lookedUp.CardText, StringComparison.Ordinal);
        Assert.Contains("Called back at 2026-12-01 09:00 by Wang Wei.", Assert.Single(await scene.PressCalledBackAsync(scene.Wang, lookedUp)).CardText, StringComparison.Ordinal);
    }
}
