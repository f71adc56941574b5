using FrontDesk.Tests.Localization;

namespace FrontDesk.Tests.Mail;

// An item's history read in Chinese: the desk's own steps and a late handover in Chinese words.
public class MailHistoryLanguageTests
{
    [Fact]
    public async Task A_late_delivery_and_the_automatic_notice_read_in_the_readers_language()
    {
        await using var scene = await MailScene.StartAsync();
        await scene.LogAsync("Wang Wei", "Parcel");
        scene.Clock.Advance(TimeSpan.FromMinutes(30));
        await scene.RunRoundAsync();
        scene.Clock.Advance(TimeSpan.FromHours(25));
        await scene.PressItemAsync(scene.Desk, "deliver", "M-20261128-0001", who: "Li Na at reception");

        var chinese = Assert.Single(await scene.Teams.SayAsync(scene.Desk, "邮件 M-20261128-0001", "zh-CN")).CardText;
        var english = Assert.Single(await scene.Teams.SayAsync(scene.Desk, "mail M-20261128-0001")).CardText;

        Assert.Contains("2026-11-28 09:30 · 已通知收件人 · 系统自动 · Wang Wei", chinese, StringComparison.Ordinal);
        Assert.Contains("· 已送达办公室 · 经办：Desk Zhou · Li Na at reception（逾期）", chinese, StringComparison.Ordinal);
        Assert.DoesNotContain("FrontDesk", chinese, StringComparison.Ordinal);
        Assert.DoesNotContain("(late)", chinese, StringComparison.Ordinal);
        Assert.Empty(LatinWords.In(chinese.Replace("Wang Wei", "", StringComparison.Ordinal).Replace("Li Na at reception", "", StringComparison.Ordinal)
            .Replace("Desk Zhou", "", StringComparison.Ordinal).Replace("Contoso", "", StringComparison.Ordinal)));
        Assert.Contains("2026-11-28 09:30 · Recipient notified · automatically · Wang Wei", english, StringComparison.Ordinal);
        Assert.Contains("· Delivered to the suite · by Desk Zhou · Li Na at reception (late)", english, StringComparison.Ordinal);
    }
}
