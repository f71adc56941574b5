using FrontDesk.Bot.Features.Visits;
using FrontDesk.Data.Visits;
using FrontDesk.Tests.Channels.Lobby;
using FrontDesk.Tests.Harness;
using FrontDesk.Tests.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Tests.Visits;

// A visit change and the notices it causes are one transaction: a failure writing the notices undoes the
// change, so a crash between the two can no longer leave one without the other.
public class VisitNoticeTransactionTests
{
    private static OutboxHarness Harness() => new(app => app.Settings["Visits:RunInBackground"] = "false");

    // Makes the database refuse notification rows of one kind, as a crash in the middle of the enqueue would.
    private static Task RefuseAsync(OutboxHarness h, string kind) => h.Teams.WithDbAsync(async db =>
    {
        await db.Database.ExecuteSqlRawAsync(TestProvider.IsPostgres ? PostgresTrigger : SqliteTrigger);
        return await db.Database.ExecuteSqlAsync($"INSERT INTO \"RefusedKinds\" VALUES ({kind})");
    });

    private const string SqliteTrigger = """
        CREATE TABLE IF NOT EXISTS "RefusedKinds" ("Kind" TEXT);
        CREATE TRIGGER IF NOT EXISTS RefuseNotices BEFORE INSERT ON "Notifications" WHEN NEW."Kind" IN (SELECT "Kind" FROM "RefusedKinds")
        BEGIN SELECT RAISE(ABORT, 'injected failure'); END;
        """;

    private const string PostgresTrigger = """
        CREATE TABLE IF NOT EXISTS "RefusedKinds" ("Kind" text);
        CREATE OR REPLACE FUNCTION refuse_notices() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF NEW."Kind" IN (SELECT "Kind" FROM "RefusedKinds") THEN RAISE EXCEPTION 'injected failure'; END IF;
            RETURN NEW;
        END $$;
        CREATE OR REPLACE TRIGGER refuse_notices BEFORE INSERT ON "Notifications" FOR EACH ROW EXECUTE FUNCTION refuse_notices();
        """;

    private static Task AcceptAgainAsync(OutboxHarness h) => h.Teams.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM \"RefusedKinds\";"));

    private static async Task<Visit> InviteAsync(OutboxHarness h, int hostId) =>
        (await h.Teams.App.Services.GetRequiredService<Invitations>().CreateAsync(new InvitationRequest(
            "Zhang San", "Northwind", new DateOnly(2026, 11, 30), new TimeOnly(9, 0), new TimeOnly(10, 0), "Audit", null, null, 1), hostId, "alice")).Visit!;

    [Fact]
    public async Task An_answer_is_saved_with_its_relay_to_the_kiosk_and_its_desk_notice_or_not_at_all()
    {
        await using var h = Harness();
        await h.TenantInChatAsync();
        await h.StaffInChatAsync();
        var hostId = (await h.Teams.WithDbAsync(db => db.Members.SingleAsync())).Id;
        var kiosk = await DirectLineTestClient.StartAsync(h.Teams.App);
        var arrived = await h.Teams.App.Services.GetRequiredService<LobbyCheckIn>().WithCodeAsync((await InviteAsync(h, hostId)).Code!, kiosk.ConversationId, "zh-CN");
        var visit = arrived.Visit!;
        Assert.Equal(CheckInOutcome.CheckedIn, arrived.Outcome);
        Assert.Single(await h.RowsAsync(), n => n.Kind == VisitNotices.ArrivalKind && n.RelatedTo == $"visit:{visit.Id}");
        var answers = h.Teams.App.Services.GetRequiredService<HostAnswers>();

        await RefuseAsync(h, VisitNotices.RelayKind);
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => answers.AnswerAsync(visit.Id, hostId, HostAnswer.CannotMake, null));

        var unanswered = await h.Teams.WithDbAsync(db => db.Visits.SingleAsync());
        Assert.Null(unanswered.HostAnswer);
        Assert.Null(unanswered.HostAnsweredAt);
        Assert.DoesNotContain(await h.RowsAsync(), n => n.Kind is VisitNotices.RelayKind or VisitNotices.DeskKind);

        await AcceptAgainAsync(h);
        Assert.Equal(AnswerOutcome.Recorded, (await answers.AnswerAsync(visit.Id, hostId, HostAnswer.CannotMake, null)).Outcome);

        Assert.Equal(HostAnswer.CannotMake, (await h.Teams.WithDbAsync(db => db.Visits.SingleAsync())).HostAnswer);
        var rows = await h.RowsAsync();
        var relay = Assert.Single(rows, n => n.Kind == VisitNotices.RelayKind);
        Assert.Equal(("directline", kiosk.ConversationId, "zh-Hans"), (relay.ChannelId, relay.ConversationId, (string?)JObject.Parse(relay.ActivityJson)["locale"]));
        Assert.Single(rows, n => n.Kind == VisitNotices.DeskKind && n.IdempotencyKey.Contains(":desk:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_check_in_whose_notice_cannot_be_written_does_not_happen()
    {
        await using var h = Harness();
        await h.TenantInChatAsync();
        var hostId = (await h.Teams.WithDbAsync(db => db.Members.SingleAsync())).Id;
        var checkIn = h.Teams.App.Services.GetRequiredService<LobbyCheckIn>();
        var invited = await InviteAsync(h, hostId);
        var walkIn = new WalkInRequest("Li Lei", null, hostId, "Delivery", true, "tok");

        await RefuseAsync(h, VisitNotices.ArrivalKind);
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => checkIn.WithCodeAsync(invited.Code!, "lobby-1", "en"));
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => checkIn.WalkInAsync(walkIn, "lobby-2", "en"));

        var visits = await h.Teams.WithDbAsync(db => db.Visits.ToListAsync());
        Assert.Equal((VisitStatus.Expected, null), (Assert.Single(visits).Status, visits[0].ArrivedAt));
        Assert.Empty(await h.RowsAsync());

        await AcceptAgainAsync(h);
        Assert.Equal(CheckInOutcome.CheckedIn, (await checkIn.WithCodeAsync(invited.Code!, "lobby-1", "en")).Outcome);
        Assert.Equal(CheckInOutcome.AwaitingHost, (await checkIn.WalkInAsync(walkIn, "lobby-2", "en")).Outcome);
        Assert.Equal(2, (await h.RowsAsync()).Count(n => n.Kind == VisitNotices.ArrivalKind));
    }

    [Fact]
    public async Task An_escalation_whose_notices_cannot_be_written_stays_due_for_the_next_round()
    {
        await using var h = Harness();
        await h.TenantInChatAsync("Alice");
        await h.TenantInChatAsync("Bob");
        await h.StaffInChatAsync();
        var aliceId = (await h.Teams.WithDbAsync(db => db.Members.SingleAsync(m => m.Name == "Alice"))).Id;
        var kiosk = await DirectLineTestClient.StartAsync(h.Teams.App);
        await h.Teams.App.Services.GetRequiredService<LobbyCheckIn>().WalkInAsync(new WalkInRequest("Li Lei", null, aliceId, "Interview", true, "t1"), kiosk.ConversationId, "en-US");
        var watch = h.Teams.App.Services.GetRequiredService<VisitRoundsWorker>();
        h.Clock.Advance(TimeSpan.FromMinutes(5));

        await RefuseAsync(h, VisitNotices.DeskKind);
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => watch.RunOnceAsync());
        Assert.Null((await h.Teams.WithDbAsync(db => db.Visits.SingleAsync())).EscalatedAt);
        Assert.DoesNotContain(await h.RowsAsync(), n => n.IdempotencyKey.Contains(":escalation:", StringComparison.Ordinal));

        await AcceptAgainAsync(h);
        await watch.RunOnceAsync();

        Assert.NotNull((await h.Teams.WithDbAsync(db => db.Visits.SingleAsync())).EscalatedAt);
        var rows = await h.RowsAsync();
        Assert.Single(rows, n => n.IdempotencyKey.Contains(":escalation:", StringComparison.Ordinal));
        Assert.Single(rows, n => n.Kind == VisitNotices.DeskKind);
        Assert.Single(rows, n => n.IdempotencyKey.EndsWith(":noanswer:lobby", StringComparison.Ordinal));
    }
}
