using FrontDesk.Bot.Notifications;
using FrontDesk.Data.Audit;
using FrontDesk.Data.Notifications;
using FrontDesk.Tests.Channels.Lobby;
using FrontDesk.Tests.Harness;
using Microsoft.Bot.Builder;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Tests.Notifications;

public class OutboxDeliveryTests
{
    [Fact]
    public async Task An_enqueued_notification_reaches_the_users_personal_chat_and_can_update_it_later()
    {
        await using var outbox = new OutboxHarness();
        var alice = await outbox.TenantInChatAsync();
        var mark = outbox.Channel.MarkCalls();

        await outbox.EnqueueAsync("visit:42:arrival", NotificationTarget.TeamsUser(alice.AadObjectId), "Your visitor Bob Lee has arrived.");
        Assert.Empty(outbox.Channel.CallsSince(mark));
        var summary = await outbox.DrainAsync();

        var sent = Assert.Single(outbox.Channel.CallsSince(mark));
        Assert.Equal("POST", sent.Method);
        Assert.Equal(alice.ConversationId, sent.ConversationId);
        Assert.Equal("Your visitor Bob Lee has arrived.", sent.Text);
        Assert.Equal(1, summary.Sent);
        var row = await outbox.RowAsync("visit:42:arrival");
        Assert.Equal(NotificationStatus.Sent, row.Status);
        Assert.Equal(1, row.Attempts);
        Assert.Equal(OutboxHarness.Start, row.SentAt);
        Assert.Equal(alice.ConversationId, row.SentConversationId);
        Assert.StartsWith("act-", row.SentActivityId, StringComparison.Ordinal);

        // The host answered: the feature replaces the card it sent with what was answered.
        await outbox.EnqueueAsync("visit:42:answered", NotificationTarget.TeamsConversation(alice.ConversationId),
            "Bob Lee: you answered \"Coming down\".", replaces: row.SentActivityId);
        await outbox.DrainAsync();

        var update = outbox.Channel.CallsSince(mark)[^1];
        Assert.Equal("PUT", update.Method);
        Assert.Equal(row.SentActivityId, update.ActivityId);
        Assert.Equal("Bob Lee: you answered \"Coming down\".", update.Text);
        Assert.Equal(2, (await outbox.Teams.NotificationsAboutAsync("visit:42")).Count(n => n.Status == NotificationStatus.Sent));
    }

    [Fact]
    public async Task The_same_idempotency_key_twice_is_one_row_and_one_message()
    {
        await using var outbox = new OutboxHarness();
        var alice = await outbox.TenantInChatAsync();
        var target = NotificationTarget.TeamsUser(alice.AadObjectId);

        var first = await outbox.EnqueueAsync("mail:M-1:urgent", target, "Urgent mail is waiting for you.", "mail.urgent", "mail:M-1");
        var again = await outbox.EnqueueAsync("mail:M-1:urgent", target, "Urgent mail is waiting for you (tap 2).", "mail.urgent", "mail:M-1");
        await outbox.DrainAsync();
        var afterSend = await outbox.EnqueueAsync("mail:M-1:urgent", target, "Urgent mail (tap 3).", "mail.urgent", "mail:M-1");
        await outbox.DrainAsync();

        Assert.Equal(first.Id, again.Id);
        Assert.Equal(first.Id, afterSend.Id);
        Assert.Equal(NotificationStatus.Sent, afterSend.Status);
        Assert.Single(await outbox.RowsAsync());
        var delivered = Assert.Single(outbox.DeliveredTo(alice), c => c.Text?.StartsWith("Urgent mail", StringComparison.Ordinal) == true);
        Assert.Equal("Urgent mail is waiting for you.", delivered.Text);
    }

    [Fact]
    public async Task A_notification_enqueued_in_the_features_unit_of_work_commits_with_it_and_only_with_it()
    {
        await using var outbox = new OutboxHarness();
        var alice = await outbox.TenantInChatAsync();
        var request = new NotificationRequest("visit:7:arrival", NotificationTarget.TeamsUser(alice.AadObjectId),
            """{"type":"message","text":"Your visitor has arrived."}""", "visit.arrival", "visit:7");

        await outbox.Teams.WithDbAsync(async db =>
        {
            await outbox.Outbox.EnqueueAsync(db, [request]);
            return 0; // Not saved: the feature's change failed, so nothing is owed.
        });
        Assert.Empty(await outbox.RowsAsync());

        await outbox.Teams.WithDbAsync(async db =>
        {
            db.Audit.Add(new AuditEntry { At = outbox.Clock.GetUtcNow(), Actor = "lobby", Action = "visit.checkedin", Subject = "visit:7" });
            await outbox.Outbox.EnqueueAsync(db, [request]);
            return await db.SaveChangesAsync();
        });
        await outbox.DrainAsync();

        Assert.Equal(1, await outbox.Teams.WithDbAsync(db => db.Audit.CountAsync(a => a.Subject == "visit:7")));
        Assert.Equal("Your visitor has arrived.", outbox.DeliveredTo(alice)[^1].Text);
        Assert.Equal(NotificationStatus.Sent, (await outbox.RowAsync("visit:7:arrival")).Status);
    }

    [Fact]
    public async Task A_relay_reaches_the_visitors_lobby_conversation_and_a_closed_one_is_unreachable()
    {
        await using var outbox = new OutboxHarness();
        var desk = await outbox.StaffInChatAsync("Desk");
        var visitor = await DirectLineTestClient.StartAsync(outbox.Teams.App);

        await outbox.EnqueueAsync("visit:42:relay", NotificationTarget.LobbyConversation(visitor.ConversationId), "Alice is coming down to meet you.");
        await outbox.EnqueueAsync("visit:43:relay", NotificationTarget.LobbyConversation("conversation-that-ended"), "Bob is coming down.");
        await outbox.DrainAsync();

        var (activities, _) = await visitor.GetActivitiesAsync();
        var relay = Assert.Single(activities, a => DirectLineTestClient.Text(a) == "Alice is coming down to meet you.");
        Assert.True(DirectLineTestClient.IsFromBot(relay));
        var row = await outbox.RowAsync("visit:42:relay");
        Assert.Equal(NotificationStatus.Sent, row.Status);
        Assert.Equal(relay.GetProperty("id").GetString(), row.SentActivityId);
        var gone = await outbox.RowAsync("visit:43:relay");
        Assert.Equal(NotificationStatus.Unreachable, gone.Status);
        Assert.Contains("conversation-that-ended", gone.LastError, StringComparison.Ordinal);
        await outbox.DrainAsync();
        var alert = Assert.Single(outbox.DeliveredTo(desk));
        Assert.Equal("A message could not reach a visitor at the lobby kiosk: their kiosk conversation has ended. About: the notice of a visitor's arrival. " +
                     "If they are still in the lobby, please tell them in person.", alert.Text);
    }

    [Fact]
    public async Task The_background_sender_delivers_as_soon_as_something_is_enqueued()
    {
        var app = new FrontDeskApp();
        app.Settings["Notifications:PollSeconds"] = "3600";
        await using var teams = new TeamsHarness(app);
        var alice = await teams.AddTenantAsync("Contoso", "Alice", "alice@contoso.com");
        await teams.SayAsync(alice, "hi");

        await teams.EnqueueAsync(new NotificationRequest("visit:9:arrival", NotificationTarget.TeamsUser(alice.AadObjectId),
            NotificationActivity.Json(MessageFactory.Text("Your visitor Carol has arrived.")), "visit.arrival", "visit:9"));

        // Woken by the enqueue: the poll interval is an hour.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while ((await teams.NotificationAsync("visit:9:arrival", timeout.Token))?.Status != NotificationStatus.Sent)
        {
            await Task.Delay(50, timeout.Token);
        }
        Assert.Single(teams.Channel.Delivered, c => c.Text == "Your visitor Carol has arrived.");
    }
}
