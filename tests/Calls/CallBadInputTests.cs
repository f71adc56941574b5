using FrontDesk.Cards.Calls;
using FrontDesk.Cards.Common;
using FrontDesk.Tests.Harness;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Tests.Calls;

public class CallBadInputTests
{
    [Fact]
    public async Task An_empty_message_a_phone_number_with_letters_and_an_unknown_recipient_come_back_beside_their_fields_with_the_values_kept()
    {
        await using var scene = await CallScene.StartAsync();
        var reply = await scene.LogAsync(CallScene.CallFields("Initech [x](http://evil)", message: "", phone: "call me on 5555"));

        Assert.Equal("PUT", reply.Method);
        Assert.Contains("Please correct the fields marked below.", reply.CardText, StringComparison.Ordinal);
        Assert.Contains("Use digits, spaces and + - ( ) only", reply.CardText, StringComparison.Ordinal);
        Assert.Contains("Nobody in the directory matches \"Initech [x](http://evil)\"", reply.CardText, StringComparison.Ordinal);
        Assert.Contains(@"Initech \[x\]\(http://evil\)", reply.RawCardText, StringComparison.Ordinal);
        Assert.Contains("This field is required.", reply.CardText, StringComparison.Ordinal);
        // Each error right under its own field, and what was typed still in the boxes.
        Assert.Equal("Use digits, spaces and + - ( ) only, e.g. +86 21 5555 0101.", ErrorUnder(reply, "phone"));
        Assert.Equal("This field is required.", ErrorUnder(reply, "message"));
        Assert.Equal("call me on 5555", Input(reply, "phone"));
        Assert.Equal("Zhang San", Input(reply, "caller"));
        Assert.Equal("true", Input(reply, "callBack"));
        Assert.Equal("WithinThreeRings", Input(reply, "answered"));
        Assert.Empty(await scene.MessagesAsync());

        var zh = await scene.LogAsync(CallScene.CallFields("不存在的公司", phone: ""), locale: "zh-CN");
        Assert.Contains("名录中没有与“不存在的公司”匹配的人或公司", zh.CardText, StringComparison.Ordinal);
        Assert.Contains("请填写回电号码。", zh.CardText, StringComparison.Ordinal);
        Assert.Contains("您好，这里是FrontDesk Tower前台，我是Desk Zhou，请问有什么可以帮您？", zh.CardText, StringComparison.Ordinal);
        Assert.Empty(await scene.MessagesAsync());
    }

    [Fact]
    public async Task A_5000_character_message_is_refused_with_the_limit_shown_and_kept_for_shortening()
    {
        await using var scene = await CallScene.StartAsync();
        var long5000 = string.Concat(Enumerable.Repeat("Please call back about the invoice. ", 139))[..5000];
        var reply = await scene.LogAsync(CallScene.CallFields("Wang Wei", message: long5000));

        Assert.Contains("Message (at most 1000 characters)", reply.CardText, StringComparison.Ordinal);
        Assert.Contains("Please keep this under 1000 characters.", reply.CardText, StringComparison.Ordinal);
        Assert.Equal(long5000, Input(reply, "message"));
        Assert.Empty(await scene.MessagesAsync());

        var shortened = Assert.Single(await scene.PressSaveAsync(scene.Desk, reply, new() { ["message"] = long5000[..1000] }));
        Assert.Contains("Phone message C-20261201-0001 saved", shortened.CardText, StringComparison.Ordinal);
        Assert.Equal(1000, Assert.Single(await scene.MessagesAsync()).Message.Length);
    }

    [Fact]
    public async Task Several_matches_ask_which_one_and_the_pick_is_saved()
    {
        await using var scene = await CallScene.StartAsync();
        await scene.Teams.AddTenantAsync("Fabrikam", "Wang Wei", "wang.wei@fabrikam.com");
        var ask = await scene.LogAsync(CallScene.CallFields("Wang Wei"));
        Assert.Contains("Several people or companies match. Pick one below.", ask.CardText, StringComparison.Ordinal);
        Assert.Contains("Wang Wei (Fabrikam)", ask.CardText, StringComparison.Ordinal);
        Assert.Empty(await scene.MessagesAsync());

        var choice = (string)ask.Card!.Descendants().OfType<JObject>().Single(o => (string?)o["id"] == "pick")["choices"]!
            .Single(c => ((string)c["title"]!).Contains("Fabrikam", StringComparison.Ordinal))["value"]!;
        var saved = Assert.Single(await scene.PressSaveAsync(scene.Desk, ask, new() { ["pick"] = choice }), c => c.ConversationId == scene.Desk.ConversationId);
        Assert.Contains("Wang Wei (Fabrikam)", saved.CardText, StringComparison.Ordinal);
        Assert.Equal("Fabrikam", Assert.Single(await scene.MessagesAsync()).CompanyName);
    }

    [Fact]
    public async Task A_double_tap_on_Save_saves_one_message_and_tells_the_recipient_once()
    {
        await using var scene = await CallScene.StartAsync();
        var mark = scene.Teams.Channel.MarkCalls();
        var form = await scene.OpenCallAsync(scene.Desk);
        var fields = CallScene.CallFields("Eve Adams");
        await Task.WhenAll(scene.PressSaveAsync(scene.Desk, form, fields), scene.PressSaveAsync(scene.Desk, form, fields));

        Assert.Single(await scene.MessagesAsync());
        var texts = scene.Teams.Channel.Activities.Where(c => c.Method == "PUT" && c.ActivityId == form.SentId).Select(c => c.CardText).ToList();
        Assert.Equal(2, texts.Count);
        Assert.Single(texts, t => t.Contains("already submitted; nothing new was saved", StringComparison.Ordinal));
        Assert.All(texts, t => Assert.Contains("C-20261201-0001", t, StringComparison.Ordinal));
        Assert.Single(await scene.ReceivedAsync(scene.Eve, mark));
    }

    [Fact]
    public async Task What_the_desk_typed_is_escaped_where_the_recipient_reads_it()
    {
        await using var scene = await CallScene.StartAsync();
        var mark = scene.Teams.Channel.MarkCalls();
        var fields = CallScene.CallFields("Eve Adams", message: "Click [here](http://evil.example) **now**");
        fields["caller"] = "<at>Boss</at> # Admin";
        await scene.LogAsync(fields);

        var notice = Assert.Single(await scene.ReceivedAsync(scene.Eve, mark));
        Assert.Contains("Click [here](http://evil.example) **now**", notice.CardText, StringComparison.Ordinal);
        Assert.Contains(@"Click \[here\]\(http://evil\.example\) \*\*now\*\*", notice.RawCardText, StringComparison.Ordinal);
        Assert.Contains(@"\<at\>Boss\</at\> \# Admin", notice.RawCardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_asking_for_another_companys_messages_is_refused()
    {
        await using var scene = await CallScene.StartAsync();
        await scene.LogAsync(CallScene.CallFields("Fabrikam", "Fabrikam's secret."));
        await scene.LogAsync(CallScene.CallFields("Li Na", "Li's own."));

        var other = Assert.Single(await scene.Teams.SayAsync(scene.Wang, "my messages Fabrikam"));
        Assert.Equal("You can see only the messages for you and for Contoso.", other.Text);
        var byReference = Assert.Single(await scene.Teams.SayAsync(scene.Wang, "message C-20261201-0001"));
        Assert.Equal("There is no phone message C-20261201-0001 that you may see.", byReference.Text);
        Assert.Equal("There is no phone message C-20261201-0002 that you may see.", Assert.Single(await scene.Teams.SayAsync(scene.Wang, "留言 C-20261201-0002", "en-US")).Text);

        // Forged: Wang was never sent a card for Fabrikam's message.
        var forged = Assert.Single(await scene.Teams.SubmitForgedAsync(scene.Wang, new JObject
        {
            [CardAction.Key] = CallActions.CalledBack.Name,
            [CallFormCards.ReferenceField] = "C-20261201-0001",
        }, "card-x"));
        Assert.Equal("There is no phone message C-20261201-0001 that you may see.", forged.Text);
        Assert.All(await scene.MessagesAsync(), m => Assert.Equal(Data.Calls.PhoneMessageStatus.Open, m.Status));

        // The desk sees any message, without the recipient's button.
        var desk = await scene.Teams.OpenAsync(scene.Desk, "message C-20261201-0001");
        Assert.Contains("Fabrikam's secret.", desk.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("Action.Submit", desk.Card!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_desk_logs_calls_and_each_role_finds_its_phone_tasks_on_the_help_card()
    {
        await using var scene = await CallScene.StartAsync();
        var desk = (await scene.Teams.OpenAsync(scene.Desk, "help")).CardText;
        Assert.Contains("Type: call\n", desk, StringComparison.Ordinal);
        Assert.Contains("Type: calls\n", desk, StringComparison.Ordinal);
        Assert.Contains("Type: call stats", desk, StringComparison.Ordinal);
        Assert.DoesNotContain("Type: my messages", desk, StringComparison.Ordinal);
        Assert.Contains("No phone messages today", (await scene.Teams.OpenAsync(scene.Desk, "my messages")).CardText, StringComparison.Ordinal);
        Assert.Equal("Contoso", Input(await scene.Teams.OpenAsync(scene.Desk, "call Contoso"), "recipient"));
        Assert.Equal("王伟", Input(await scene.Teams.OpenAsync(scene.Desk, "来电 王伟", "zh-CN"), "recipient"));

        var member = (await scene.Teams.OpenAsync(scene.Wang, "帮助", "zh-CN")).CardText;
        Assert.Contains("我的留言", member, StringComparison.Ordinal);
        Assert.DoesNotContain("登记来电", member, StringComparison.Ordinal);
        Assert.Contains("not available to you", (await scene.Teams.OpenAsync(scene.Wang, "call")).CardText, StringComparison.Ordinal);
        Assert.Contains("not available to you", (await scene.Teams.OpenAsync(scene.Wang, "calls")).CardText, StringComparison.Ordinal);
    }

    // The text block right after the input in the card's body: where the form puts the server's error for it.
    private static string? ErrorUnder(RecordedCall card, string id)
    {
        var input = card.Card!.Descendants().OfType<JObject>().Single(o => (string?)o["id"] == id);
        return (string?)(input.Next as JObject)?["text"];
    }

    private static string? Input(RecordedCall card, string id) =>
        (string?)card.Card!.Descendants().OfType<JObject>().Single(o => (string?)o["id"] == id)["value"];
}
