using FrontDesk.Data.Notifications;
using FrontDesk.Tests.Harness;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Tests.Notifications;

// A member known to the directory (and to Teams) who never opened a chat with the bot.
public class PersonalChatTests
{
    private static async Task<string> MemberWithoutChatAsync(OutboxHarness h)
    {
        var aad = Guid.NewGuid().ToString();
        await h.Teams.WithDbAsync(async db =>
        {
            var company = await db.Companies.SingleAsync(c => c.Name == "Contoso");
            db.Members.Add(new Data.Directory.Member { Company = company, Name = "Bob Li", Email = "bob@contoso.com", AadObjectId = aad, CreatedAt = h.Clock.GetUtcNow() });
            return await db.SaveChangesAsync();
        });
        return aad;
    }

    [Fact]
    public async Task The_bot_opens_the_personal_chat_itself_and_delivers()
    {
        await using var h = new OutboxHarness();
        await h.TenantInChatAsync();
        var bob = await MemberWithoutChatAsync(h);

        await h.EnqueueAsync("mail:1:bob", NotificationTarget.TeamsUser(bob), "Urgent mail for you");
        await h.DrainAsync();

        var opened = Assert.Single(h.Channel.Calls, c => c.Method == "POST" && c.Path == "/v3/conversations");
        Assert.Equal(bob, (string?)opened.Body!["members"]![0]!["id"]);
        Assert.Equal(TeamsUser.TenantId, (string?)opened.Body!["tenantId"]);
        var delivered = Assert.Single(h.Channel.Delivered, c => c.ConversationId == opened.SentId);
        Assert.Equal("Urgent mail for you", delivered.Text);
        Assert.Equal(NotificationStatus.Sent, (await h.RowAsync("mail:1:bob")).Status);

        // The chat is kept: the next notice goes straight there.
        await h.EnqueueAsync("mail:2:bob", NotificationTarget.TeamsUser(bob), "And another");
        await h.DrainAsync();
        Assert.Single(h.Channel.Calls, c => c.Path == "/v3/conversations");
        Assert.Equal(2, h.Channel.Delivered.Count(c => c.ConversationId == opened.SentId));
    }

    [Fact]
    public async Task When_Teams_refuses_the_desk_is_told_once_not_per_notice()
    {
        await using var h = new OutboxHarness();
        await h.TenantInChatAsync();
        var desk = await h.StaffInChatAsync();
        var bob = await MemberWithoutChatAsync(h);
        h.Channel.Respond = call => call.Path == "/v3/conversations" ? new FakeReply(403, "BotNotInConversationRoster") : null;

        await h.EnqueueAsync("mail:1:bob", NotificationTarget.TeamsUser(bob), "Urgent mail for you");
        await h.EnqueueAsync("visit:9:arrival", NotificationTarget.TeamsUser(bob), "Your visitor is here");
        await h.DrainAsync();
        await h.DrainAsync();

        Assert.Equal(NotificationStatus.Unreachable, (await h.RowAsync("mail:1:bob")).Status);
        Assert.Equal(NotificationStatus.Unreachable, (await h.RowAsync("visit:9:arrival")).Status);
        var alert = Assert.Single(h.DeliveredTo(desk));
        Assert.Contains("Bob Li (Contoso) cannot get messages from the front-desk bot in Teams", alert.Text, StringComparison.Ordinal);
    }
}
