using System.Diagnostics;
using FrontDesk.Bot.Notifications;
using FrontDesk.Data;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Notifications;
using FrontDesk.Data.Providers;
using FrontDesk.Tests.Harness;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json;
using Xunit.Abstractions;

namespace FrontDesk.Tests.Reliability;

// Two bot hosts on one PostgreSQL database share the outbox (issue 15): 1,000 notices queued while both senders run
// are each shown exactly once and in order within their chat, the app's per-tenant limit holds for both together,
// and when one host is killed with SIGKILL midway the other finishes the rest once the dead host's leases run out.
[Trait("Category", "Reliability")]
[Collection(ReliabilityCollection.Name)]
public sealed class OutboxAcrossInstancesTests(ITestOutputHelper output)
{
    private const int Chats = 200;
    private const int NoticesPerChat = 5;
    private const int Notices = Chats * NoticesPerChat;
    // Fast enough for a short test; each host alone could send this much, so only shared pacing keeps both under it.
    private const int PerSecondPerTenant = 200;
    private static readonly TimeSpan StartWithin = TimeSpan.FromSeconds(60);

    [PostgresFact]
    public async Task Two_hosts_on_one_database_show_each_of_1000_notices_once_in_order_and_the_survivor_of_a_SIGKILL_finishes_them()
    {
        var clock = Stopwatch.StartNew();
        var database = TestPostgres.NewDatabase();
        var folder = Path.Combine(Path.GetTempPath(), "frontdesk-tests", "shared-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(folder);
        await using var channel = new RateLimitedTeamsChannel(PerSecondPerTenant);
        await SeedChatsAsync(database, channel.ServiceUrl, Enumerable.Range(0, Chats).Select(Chat));
        var settings = new Dictionary<string, string>
        {
            ["Database__Provider"] = "Postgres",
            ["Database__ConnectionString"] = database.ConnectionString,
            ["Notifications__PollSeconds"] = "1",
            ["Notifications__LeaseSeconds"] = "3",
            ["Notifications__PerSecondPerTenant"] = PerSecondPerTenant.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Notifications__RetryBaseSeconds"] = "0.5",
            ["Visits__RunInBackground"] = "false",
            ["Schedules__RunInBackground"] = "false",
        };
        using var first = new BotProcess(Path.Combine(folder, "unused-a.db"), Path.Combine(folder, "host-a.log"), settings);
        using var second = new BotProcess(Path.Combine(folder, "unused-b.db"), Path.Combine(folder, "host-b.log"), settings);
        try
        {
            await Task.WhenAll(first.StartAsync(StartWithin), second.StartAsync(StartWithin));
            var (a, b) = (first.ProcessId!.Value, second.ProcessId!.Value);
            channel.SendersAre = () => [first.ProcessId, second.ProcessId];
            output.WriteLine($"{clock.Elapsed.TotalSeconds:F1} s: both hosts up");

            var queued = EnqueueAsync(database);
            // Midway or not at all: a kill after everything was shown would prove nothing about the survivor.
            await UntilAsync(() => channel.PostedCount >= Notices * 2 / 5, TimeSpan.FromSeconds(60), "two fifths of the notices shown");
            // Teams holds every request a moment before the kill, so no send is in flight with an outcome only Teams knows.
            channel.Freeze();
            await Task.Delay(500);
            first.Kill();
            var shownAtKill = channel.PostedCount;
            channel.Thaw();
            output.WriteLine($"{clock.Elapsed.TotalSeconds:F1} s: host A killed with {shownAtKill} notices shown");
            await queued;
            await UntilAsync(() => channel.PostedCount >= Notices, TimeSpan.FromSeconds(90), "every notice shown");
            output.WriteLine($"{clock.Elapsed.TotalSeconds:F1} s: {channel.PostedCount} shown");
            await Task.Delay(1000);

            output.WriteLine($"429s from the fake Teams: {channel.Throttled}; requests held over the kill: {channel.Held}; " +
                $"shown by host A {channel.PostedBy(a)}, by host B {channel.PostedBy(b)}");
            Assert.True(shownAtKill < Notices, $"Everything was shown before the kill ({shownAtKill}): the survivor had nothing left to do.");
            // Both senders did share the work: a run where one host sent nothing proves nothing about two.
            Assert.True(channel.PostedBy(a) > 0, "Host A delivered nothing before it was killed.");
            Assert.True(channel.PostedBy(b) > 0, "Host B delivered nothing.");
            var keys = Enumerable.Range(0, Chats).SelectMany(c => Enumerable.Range(0, NoticesPerChat).Select(n => Key(c, n))).ToList();
            Assert.Equal([], keys.Where(k => !channel.Posted.ContainsKey(k)).ToList());
            Assert.Empty(channel.Posted.Where(p => p.Value != 1).Select(p => $"{p.Key} × {p.Value}"));
            for (var c = 0; c < Chats; c++)
            {
                Assert.Equal(Enumerable.Range(0, NoticesPerChat).Select(n => Key(c, n)), channel.Chats[Chat(c)]);
            }
            await using (var db = new FrontDeskDb(FrontDeskDatabase.Options(database)))
            {
                Assert.Equal(Notices, await db.Notifications.CountAsync(n => n.Status == NotificationStatus.Sent));
            }
            // Two hosts each pacing alone would send twice the limit and meet hundreds of 429s; a busy machine may
            // still deliver a few requests bunched up.
            Assert.InRange(channel.Throttled, 0, Notices / 100);
        }
        catch
        {
            output.WriteLine($"Host logs: {first.LogPath}, {second.LogPath}");
            throw;
        }
        finally
        {
            second.Kill();
            TestPostgres.Drop(database);
        }
    }

    // Teams' per-conversation limits (7 in 1 s, 8 in 2 s, 60 in 30 s) hold for both hosts together: each paces a chat
    // from the slots both took (SharedPace), so 30 notices to one chat, sent by whichever host claims each in turn, meet
    // no 429 of the chat's, and each is shown once and in order.
    [PostgresFact]
    public async Task Two_hosts_sending_30_notices_to_one_chat_keep_its_limits_together_and_show_each_once_in_order()
    {
        const int hotNotices = 30;
        const int otherChats = 10;
        const int perOtherChat = 3;
        var database = TestPostgres.NewDatabase();
        var folder = Path.Combine(Path.GetTempPath(), "frontdesk-tests", "paced-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(folder);
        await using var channel = new RateLimitedTeamsChannel(perSecond: 50, chatLimits: true);
        var chats = Enumerable.Range(0, otherChats + 1).Select(Chat).ToList();
        await SeedChatsAsync(database, channel.ServiceUrl, chats);
        var settings = new Dictionary<string, string>
        {
            ["Database__Provider"] = "Postgres",
            ["Database__ConnectionString"] = database.ConnectionString,
            ["Notifications__PollSeconds"] = "1",
            ["Notifications__LeaseSeconds"] = "3",
            ["Notifications__RetryBaseSeconds"] = "0.5",
            ["Visits__RunInBackground"] = "false",
            ["Schedules__RunInBackground"] = "false",
        };
        using var first = new BotProcess(Path.Combine(folder, "unused-a.db"), Path.Combine(folder, "host-a.log"), settings);
        using var second = new BotProcess(Path.Combine(folder, "unused-b.db"), Path.Combine(folder, "host-b.log"), settings);
        try
        {
            await Task.WhenAll(first.StartAsync(StartWithin), second.StartAsync(StartWithin));
            var (a, b) = (first.ProcessId!.Value, second.ProcessId!.Value);
            channel.SendersAre = () => [first.ProcessId, second.ProcessId];
            // Chat 0 gets 30 in a row; each other chat a few, queued among them.
            var keys = chats.ToDictionary(chat => chat, chat => new List<string>());
            var requests = new List<NotificationRequest>();
            for (var n = 0; n < hotNotices; n++)
            {
                keys[Chat(0)].Add(Key(0, n));
                requests.Add(Request(0, n));
                if (n % (hotNotices / perOtherChat) == 0)
                {
                    foreach (var c in Enumerable.Range(1, otherChats))
                    {
                        keys[Chat(c)].Add(Key(c, keys[Chat(c)].Count));
                        requests.Add(Request(c, keys[Chat(c)].Count - 1));
                    }
                }
            }
            await using (var db = new FrontDeskDb(FrontDeskDatabase.Options(database)))
            {
                await new Outbox(new OutboxSignal(), TimeProvider.System).EnqueueAsync(db, requests);
                await db.SaveChangesAsync();
            }

            await UntilAsync(() => channel.PostedCount >= requests.Count, TimeSpan.FromSeconds(90), "every notice shown");
            await Task.Delay(1000);

            var hot = channel.SentBy[Chat(0)];
            output.WriteLine($"429s for a chat: {channel.ChatThrottled}, for the tenant: {channel.Throttled}; " +
                $"chat 0 shown by host A {hot.Count(p => p == a)}, by host B {hot.Count(p => p == b)}");
            Assert.Equal(0, channel.ChatThrottled);
            Assert.Empty(channel.Posted.Where(p => p.Value != 1).Select(p => $"{p.Key} × {p.Value}"));
            Assert.All(chats, chat => Assert.Equal(keys[chat], channel.Chats[chat]));
            Assert.True(channel.PostedBy(a) > 0 && channel.PostedBy(b) > 0, $"Only one host sent (A {channel.PostedBy(a)}, B {channel.PostedBy(b)}).");
        }
        catch
        {
            output.WriteLine($"Host logs: {first.LogPath}, {second.LogPath}");
            throw;
        }
        finally
        {
            second.Kill();
            first.Kill();
            TestPostgres.Drop(database);
        }
    }

    private static NotificationRequest Request(int c, int n) => new(
        Key(c, n), NotificationTarget.TeamsConversation(Chat(c)),
        NotificationActivity.Json(MessageFactory.Text($"Notice {n + 1} for chat {c}.")), "bench.notice", null);

    private static string Chat(int c) => $"shared-chat-{c}";

    private static string Key(int c, int n) => $"shared:{c}:{n}";

    private static async Task SeedChatsAsync(DatabaseConnection database, Uri serviceUrl, IEnumerable<string> chats)
    {
        await using var db = new FrontDeskDb(FrontDeskDatabase.Options(database));
        var now = DateTimeOffset.UtcNow;
        foreach (var (chat, c) in chats.Select((chat, c) => (chat, c)))
        {
            var reference = new ConversationReference
            {
                ChannelId = "msteams",
                ServiceUrl = serviceUrl.ToString(),
                Conversation = new ConversationAccount(id: chat, conversationType: "personal", tenantId: TeamsUser.TenantId),
                User = new ChannelAccount($"29:user-{c}", aadObjectId: $"aad-{c}"),
                Bot = new ChannelAccount(TeamsUser.BotId, "FrontDesk"),
            };
            db.ConversationReferences.Add(new ConversationReferenceRecord
            {
                ChannelId = "msteams",
                ConversationId = chat,
                ConversationType = "personal",
                UserId = reference.User.Id,
                UserAadObjectId = reference.User.AadObjectId,
                TenantId = TeamsUser.TenantId,
                ServiceUrl = serviceUrl.ToString(),
                ReferenceJson = JsonConvert.SerializeObject(reference),
                Language = "en",
                UpdatedAt = now,
            });
        }
        await db.SaveChangesAsync();
    }

    // In ten batches while the senders run: the n-th notice of every chat in batch n's half, so a chat's later
    // notices are queued after its earlier ones have begun to go.
    private static async Task EnqueueAsync(DatabaseConnection database)
    {
        var outbox = new Outbox(new OutboxSignal(), TimeProvider.System);
        foreach (var n in Enumerable.Range(0, NoticesPerChat))
        {
            foreach (var half in new[] { 0, 1 })
            {
                await using var db = new FrontDeskDb(FrontDeskDatabase.Options(database));
                var requests = Enumerable.Range(0, Chats).Where(c => c % 2 == half).Select(c => new NotificationRequest(
                    Key(c, n), NotificationTarget.TeamsConversation(Chat(c)),
                    NotificationActivity.Json(MessageFactory.Text($"Notice {n + 1} for chat {c}.")), "bench.notice", null)).ToList();
                await outbox.EnqueueAsync(db, requests);
                await db.SaveChangesAsync();
                await Task.Delay(100);
            }
        }
    }

    private static Task UntilAsync(Func<bool> condition, TimeSpan within, string what) =>
        TwoHosts.WaitUntilAsync(() => Task.FromResult(condition()), within, what);
}
