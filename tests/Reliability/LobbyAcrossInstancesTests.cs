using System.Text.Json;
using System.Text.Json.Nodes;
using FrontDesk.Cards.Localization;
using FrontDesk.Data;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Providers;
using FrontDesk.Tests.Channels.Lobby;
using FrontDesk.Tests.Harness;
using Xunit.Abstractions;

namespace FrontDesk.Tests.Reliability;

// Two bot hosts on one PostgreSQL database, as behind a load balancer: the kiosk's socket is on one, Teams posts to
// the other, and a kiosk that reconnects lands on whichever. Timed against the clock, so run after the parallel tests.
[Collection(ReliabilityCollection.Name)]
public sealed class LobbyAcrossInstancesTests(ITestOutputHelper output)
{
    private static readonly Texts English = Catalog.Default.For("en");
    private static readonly TimeSpan StartWithin = TimeSpan.FromSeconds(60);

    [PostgresFact]
    public async Task The_hosts_answer_posted_to_instance_B_reaches_the_kiosk_streaming_from_instance_A_without_a_reconnect()
    {
        await using var pair = await InstancePair.StartAsync(StartWithin);
        await using var kiosk = await StreamingKiosk.StartAsync(pair.A.Address);
        await WalkInAsync(kiosk, "Li Lei", pair.Host.Name);

        var arrival = await pair.WaitForCardAsync(pair.Host, English["visits.host.walkInTitle"], TimeSpan.FromSeconds(20));
        using var teamsAtB = new TeamsOverHttp(pair.B.Address, pair.Channel);
        var pressedAt = DateTimeOffset.UtcNow;
        var (taken, _) = await teamsAtB.PressAsync(pair.Host, arrival, English["visits.answer.LetIn"], []);
        Assert.True(taken, $"Instance B did not take the host's answer; see {pair.B.LogPath}.");
        var answeredAt = DateTimeOffset.UtcNow;

        var shown = await kiosk.WaitForAsync(a => LetIn(a, pair.Host), TimeSpan.FromSeconds(10));
        var loggedAt = DateTimeOffset.Parse(shown.Activity.GetProperty("timestamp").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        output.WriteLine($"The kiosk showed the answer {(shown.At - pressedAt).TotalMilliseconds:F0} ms after the press was sent to B "
            + $"(B answered Teams after {(answeredAt - pressedAt).TotalMilliseconds:F0} ms, logged the kiosk's message after "
            + $"{(loggedAt - pressedAt).TotalMilliseconds:F0} ms).");
        // A stream has no timer of its own: the answer B logged reaches A's socket only through the wake-up B sends, so
        // its arrival on the stream opened at the start (never reconnected) is the proof. How fast is the bench's to say
        // (it was held to 2 s here, which a loaded machine now and then exceeded).
    }

    [PostgresFact]
    public async Task A_kiosk_reconnecting_to_instance_B_with_its_watermark_gets_exactly_the_activities_after_it()
    {
        await using var pair = await InstancePair.StartAsync(StartWithin);
        await using var kiosk = await StreamingKiosk.StartAsync(pair.A.Address);
        await kiosk.WaitForAsync(KioskHasCard, TimeSpan.FromSeconds(20));
        var mark = kiosk.Received[^1];
        await WalkInAsync(kiosk, "Han Meimei", pair.Host.Name);
        // What the log holds after the watermark: each activity once, where its latest version (a card replaced by
        // its summary) was logged.
        var after = kiosk.Received.Where(r => r.Frame > mark.Frame).ToList();
        var expected = after.Where((r, i) => !after.Skip(i + 1).Any(later => later.Id == r.Id)).ToList();
        Assert.NotEmpty(expected);

        var backlog = await kiosk.ReconnectAsync(pair.B.Address, mark.Watermark);

        Assert.Equal(expected.Select(r => r.Activity.GetRawText()), backlog.Select(a => a.GetRawText()));
        Assert.Contains(backlog, a => DirectLineTestClient.Text(a) == English.Format("kiosk.arrived.awaitingHost", "Han Meimei", pair.Host.Name));
        // And it carries on there: the host's answer reaches the socket now on B.
        var arrival = await pair.WaitForCardAsync(pair.Host, English["visits.host.walkInTitle"], TimeSpan.FromSeconds(20));
        using var teamsAtA = new TeamsOverHttp(pair.A.Address, pair.Channel);
        Assert.True((await teamsAtA.PressAsync(pair.Host, arrival, English["visits.answer.LetIn"], [])).Taken);
        await kiosk.WaitForAsync(a => LetIn(a, pair.Host), TimeSpan.FromSeconds(10));
    }

    // What the kiosk says when the host lets a walk-in visitor in.
    private static bool LetIn(JsonElement activity, TeamsUser host) =>
        DirectLineTestClient.Text(activity).StartsWith(English.Format("visits.lobby.LetIn", host.Name, "", "", "").Split(':')[0], StringComparison.Ordinal);

    private static bool KioskHasCard(JsonElement activity) =>
        DirectLineTestClient.IsFromBot(activity) && Visits.Kiosk.KioskVisitor.HasCard(activity);

    // The menu's walk-in button, then the walk-in card filled in, as the visitor does it; waits for the confirmation.
    private static async Task WalkInAsync(StreamingKiosk kiosk, string name, string hostName)
    {
        await kiosk.PostValueAsync(new JsonObject { ["lobby"] = "walkin" });
        await kiosk.SubmitLastCardAsync(new()
        {
            ["name"] = name,
            ["company"] = "Tailspin",
            ["host"] = hostName,
            ["purpose"] = "Meeting",
            ["consent"] = "true",
        });
        var confirmation = English.Format("kiosk.arrived.awaitingHost", name, hostName);
        await kiosk.WaitForAsync(a => DirectLineTestClient.Text(a) == confirmation, TimeSpan.FromSeconds(20));
    }

    // Instances A and B on one fresh PostgreSQL database, one tenant member (the visitors' host) who has said hello
    // in Teams, and the fake Teams both send to.
    private sealed class InstancePair : IAsyncDisposable
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "frontdesk-tests", "lobby-pg-" + Guid.NewGuid().ToString("N"));
        private readonly DatabaseConnection _database = TestPostgres.NewDatabase();

        private InstancePair()
        {
            System.IO.Directory.CreateDirectory(_folder);
            Channel = new FaultyTeamsChannel(new FaultPlan(1));
            var settings = new Dictionary<string, string>
            {
                ["Database__Provider"] = "Postgres",
                ["Database__ConnectionString"] = _database.ConnectionString,
                ["Visits__RunInBackground"] = "false",
                ["Schedules__RunInBackground"] = "false",
            };
            A = new BotProcess(Path.Combine(_folder, "unused-a.db"), Path.Combine(_folder, "a.log"), settings);
            B = new BotProcess(Path.Combine(_folder, "unused-b.db"), Path.Combine(_folder, "b.log"), settings);
        }

        public FaultyTeamsChannel Channel { get; }

        public BotProcess A { get; }

        public BotProcess B { get; }

        public TeamsUser Host { get; } = TeamsUser.Create("Alice Wang", "alice.wang@contoso.com");

        public static async Task<InstancePair> StartAsync(TimeSpan within)
        {
            var pair = new InstancePair();
            await using (var db = new FrontDeskDb(FrontDeskDatabase.Options(pair._database)))
            {
                var company = db.Companies.Add(new Company { Name = "Contoso", Floor = "12", CreatedAt = DateTimeOffset.UtcNow }).Entity;
                db.Members.Add(new Member { Company = company, Name = pair.Host.Name, Email = pair.Host.Email, CreatedAt = DateTimeOffset.UtcNow });
                await db.SaveChangesAsync();
            }
            pair.Channel.AddMember(pair.Host);
            // One after the other: the first migrates (nothing to do on the template's copy) before the second starts.
            await pair.A.StartAsync(within);
            await pair.B.StartAsync(within);
            using var teams = new TeamsOverHttp(pair.B.Address, pair.Channel);
            Assert.True((await teams.SayAsync(pair.Host, "hi")).Taken);
            return pair;
        }

        // The card the bot sent to this user's chat with this text, from whichever instance sent it.
        public async Task<RecordedCall> WaitForCardAsync(TeamsUser user, string text, TimeSpan within)
        {
            var until = DateTimeOffset.UtcNow + within;
            while (true)
            {
                if (Channel.Accepted.FirstOrDefault(c => c.ConversationId == user.ConversationId && c.Method == "POST" && c.Card is not null
                        && c.CardText.Contains(text, StringComparison.Ordinal)) is { } card)
                {
                    return card;
                }
                Assert.True(DateTimeOffset.UtcNow < until, $"No card \"{text}\" reached {user.Name}; see {A.LogPath} and {B.LogPath}.");
                await Task.Delay(50);
            }
        }

        public async ValueTask DisposeAsync()
        {
            A.Dispose();
            B.Dispose();
            await Channel.DisposeAsync();
            TestPostgres.Drop(_database);
            try
            {
                System.IO.Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // The OS cleans the temp folder later.
            }
        }
    }
}
