namespace FrontDesk.Tests.Mail;

public class MailTextsTests
{
    [Fact]
    public async Task The_help_card_lists_what_each_role_may_do_with_mail()
    {
        await using var scene = await MailScene.StartAsync();
        var desk = Assert.Single(await scene.Teams.SayAsync(scene.Desk, "help")).CardText;
        Assert.Contains("Log mail", desk, StringComparison.Ordinal);
        Assert.Contains("Type: pending mail", desk, StringComparison.Ordinal);
        Assert.Contains("Type: pickup", desk, StringComparison.Ordinal);
        Assert.DoesNotContain("Type: my mail", desk, StringComparison.Ordinal);

        var member = Assert.Single(await scene.Teams.SayAsync(scene.Wang, "帮助", "zh-CN")).CardText;
        Assert.Contains("我的邮件", member, StringComparison.Ordinal);
        Assert.DoesNotContain("登记邮件", member, StringComparison.Ordinal);
        Assert.Contains("not available to you", Assert.Single(await scene.Teams.SayAsync(scene.Wang, "log mail")).CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chinese_shortcuts_open_Chinese_cards_and_a_member_typing_pickup_sees_their_mail()
    {
        await using var scene = await MailScene.StartAsync();
        var form = Assert.Single(await scene.Teams.SayAsync(scene.Desk, "登记邮件 康拓", "zh-CN")).CardText;
        Assert.Contains("收件人（个人或公司）", form, StringComparison.Ordinal);
        Assert.Contains("康拓", form, StringComparison.Ordinal);
        Assert.Contains("大件包裹", form, StringComparison.Ordinal);
        Assert.Contains("取件码", Assert.Single(await scene.Teams.SayAsync(scene.Desk, "取件", "zh-CN")).CardText, StringComparison.Ordinal);
        Assert.Contains("前台没有待取邮件", Assert.Single(await scene.Teams.SayAsync(scene.Desk, "待取邮件", "zh-CN")).CardText, StringComparison.Ordinal);

        var logged = Assert.Single(await scene.SubmitLogAsync(scene.Desk, MailScene.LogFields("Contoso", "Perishable", urgent: true), "zh-CN"),
            c => c.ConversationId == scene.Desk.ConversationId);
        Assert.Contains("已为Contoso登记邮件", logged.CardText, StringComparison.Ordinal);
        Assert.Contains("已立即通知收件人", logged.CardText, StringComparison.Ordinal);

        await scene.Teams.SayAsync(scene.Li, "你好", "zh-CN");
        var mine = Assert.Single(await scene.Teams.SayAsync(scene.Li, "取件", "zh-CN")).CardText;
        Assert.Contains("您在前台的邮件（1 件）", mine, StringComparison.Ordinal);
        Assert.Contains("生鲜易腐品", mine, StringComparison.Ordinal);
        Assert.Contains("已通知收件人", mine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_notice_in_the_recipients_language_shows_what_staff_typed_escaped()
    {
        await using var scene = await MailScene.StartAsync();
        await scene.Teams.SayAsync(scene.Eve, "你好", "zh-CN");
        var mark = scene.Teams.Channel.MarkCalls();
        await scene.SubmitLogAsync(scene.Desk, MailScene.LogFields("Eve Adams", "Letter", urgent: true, shelf: "[A1](http://evil)", carrier: "**DHL**"));

        var notice = Assert.Single(await scene.NoticesAsync(scene.Eve, mark));
        Assert.Contains("您有加急邮件：M-20261128-0001", notice.CardText, StringComparison.Ordinal);
        Assert.Contains("请到FrontDesk Tower前台领取，货架 [A1](http://evil)。", notice.CardText, StringComparison.Ordinal);
        Assert.Contains(@"\[A1\]\(http://evil\)", notice.RawCardText, StringComparison.Ordinal);
        Assert.Contains(@"信件 · \*\*DHL\*\*", notice.RawCardText, StringComparison.Ordinal);
        Assert.Contains("取件码：**", notice.CardText, StringComparison.Ordinal);
        Assert.Equal("zh-Hans", (string?)notice.Body!["locale"]);
    }
}
