namespace FrontDesk.Tests.Mail;

// The desk logs a parcel whose label says "ZHANG WEI" for a member the directory has as 张伟.
public class MailRecipientPinyinTests
{
    [Fact]
    public async Task A_recipient_written_in_Chinese_is_found_by_the_pinyin_on_the_label()
    {
        await using var scene = await MailScene.StartAsync();
        var zhang = await scene.Teams.AddTenantAsync("Fabrikam", "张伟", "zhang.wei@fabrikam.com");
        await scene.Teams.SayAsync(zhang, "hi");

        var logged = await scene.LogAsync("ZHANG WEI", urgent: true);

        Assert.Contains("Mail logged for 张伟 (Fabrikam)", logged.CardText, StringComparison.Ordinal);
        Assert.Equal("张伟", Assert.Single(await scene.ItemsAsync()).RecipientName);
    }
}
