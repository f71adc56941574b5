using FrontDesk.Data;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Visits;
using FrontDesk.Tests.Harness;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FrontDesk.Tests.Visits;

public sealed class VisitServicesTests : IDisposable
{
    // 09:30 in Shanghai on Monday 23 November 2026.
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 1, 30, 0, TimeSpan.Zero));
    private readonly FrontDeskApp _app;

    public VisitServicesTests() => _app = new FrontDeskApp(_clock);

    public void Dispose() => _app.Dispose();

    private T Get<T>() where T : notnull => _app.Services.GetRequiredService<T>();

    private async Task<(Member Host, Member Colleague, Member Outsider)> SeedAsync()
    {
        await using var db = await Get<IDbContextFactory<FrontDeskDb>>().CreateDbContextAsync();
        var contoso = new Company { Name = "Contoso", Floor = "12", CreatedAt = _clock.GetUtcNow() };
        var fabrikam = new Company { Name = "Fabrikam", Floor = "8", CreatedAt = _clock.GetUtcNow() };
        var host = new Member { Company = contoso, Name = "Alice Wang", Email = "alice@contoso.com", CreatedAt = _clock.GetUtcNow() };
        var colleague = new Member { Company = contoso, Name = "Bob Li", Email = "bob@contoso.com", CreatedAt = _clock.GetUtcNow() };
        var outsider = new Member { Company = fabrikam, Name = "Eve", Email = "eve@fabrikam.com", CreatedAt = _clock.GetUtcNow() };
        db.AddRange(host, colleague, outsider);
        await db.SaveChangesAsync();
        return (host, colleague, outsider);
    }

    private static InvitationRequest Tomorrow(string name = "Zhang San") =>
        new(name, "Northwind", new DateOnly(2026, 11, 24), new TimeOnly(10, 0), new TimeOnly(11, 0), "Contract review", null, "zs@northwind.cn", 2);

    [Fact]
    public async Task An_invitation_gets_a_readable_code_and_is_checked_in_once_on_its_day()
    {
        var (host, _, _) = await SeedAsync();
        var invited = await Get<Invitations>().CreateAsync(Tomorrow(), host.Id, "alice");
        Assert.True(invited.Succeeded);
        var code = invited.Visit!.Code!;
        Assert.Matches("^[A-HJ-KM-NP-Z2-9]{6}$", code);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 2, 0, 0, TimeSpan.Zero), invited.Visit.ExpectedFrom);

        var checkIn = Get<LobbyCheckIn>();
        Assert.Equal(CheckInOutcome.Expired, (await checkIn.WithCodeAsync(code, "dl-1", "en-US")).Outcome); // not today yet

        _clock.Advance(TimeSpan.FromHours(24)); // 09:30 on the day
        var arrived = await checkIn.WithCodeAsync(code.ToLowerInvariant().Insert(3, " "), "dl-1", "zh-CN");
        Assert.Equal(CheckInOutcome.CheckedIn, arrived.Outcome);
        Assert.Equal(VisitStatus.CheckedIn, arrived.Visit!.Status);
        Assert.Equal(_clock.GetUtcNow(), arrived.Visit.CheckedInAt);
        Assert.Equal("dl-1", arrived.Visit.LobbyConversationId);
        Assert.Equal("Alice Wang", arrived.Visit.Host!.Name);

        Assert.Equal(CheckInOutcome.AlreadyUsed, (await checkIn.WithCodeAsync(InvitationCode.QrPrefix + code, "dl-2", "en")).Outcome);
        Assert.Equal(CheckInOutcome.UnknownCode, (await checkIn.WithCodeAsync("ZZZZZZ", "dl-2", "en")).Outcome);
        Assert.Equal(CheckInOutcome.UnknownCode, (await checkIn.WithCodeAsync("not a code at all", "dl-2", "en")).Outcome);
    }

    [Fact]
    public async Task Invitations_are_validated_listed_changed_and_cancelled_by_their_host_only()
    {
        var (host, colleague, _) = await SeedAsync();
        var invitations = Get<Invitations>();

        var bad = await invitations.CreateAsync(new(new string('x', 101), null, new DateOnly(2026, 11, 1), new TimeOnly(11, 0), new TimeOnly(10, 0), "", null, "nope", 0), host.Id, "alice");
        Assert.False(bad.Succeeded);
        Assert.Equal(
            new Dictionary<string, string> { ["name"] = "tooLong", ["purpose"] = "required", ["email"] = "badEmail", ["guests"] = "outOfRange", ["date"] = "outOfRange", ["until"] = "outOfRange" },
            bad.Problems);

        var visit = (await invitations.CreateAsync(Tomorrow(), host.Id, "alice")).Visit!;
        Assert.Single(await invitations.UpcomingForHostAsync(host.Id));
        Assert.Empty(await invitations.UpcomingForHostAsync(colleague.Id));

        var changed = await invitations.ChangeAsync(visit.Id, host.Id, Tomorrow("Zhang Sanfeng"));
        Assert.Equal("Zhang Sanfeng", changed.Visit!.VisitorName);
        Assert.False(await invitations.CancelAsync(visit.Id, colleague.Id));
        Assert.True(await invitations.CancelAsync(visit.Id, host.Id));
        Assert.False(await invitations.CancelAsync(visit.Id, host.Id));
        Assert.Empty(await invitations.UpcomingForHostAsync(host.Id));

        _clock.Advance(TimeSpan.FromHours(24));
        Assert.Equal(CheckInOutcome.Cancelled, (await Get<LobbyCheckIn>().WithCodeAsync(visit.Code!, "dl", "en")).Outcome);
    }

    [Fact]
    public async Task A_walk_in_waits_for_the_host_and_a_double_tap_makes_one_visit()
    {
        var (host, colleague, outsider) = await SeedAsync();
        var checkIn = Get<LobbyCheckIn>();
        var request = new WalkInRequest("  Li   Lei ", "Tailspin", host.Id, "Interview", Consent: true, SubmitToken: "tap-1");

        var first = await checkIn.WalkInAsync(request, "dl-9", "en-US");
        var second = await checkIn.WalkInAsync(request, "dl-9", "en-US");

        Assert.Equal(CheckInOutcome.AwaitingHost, first.Outcome);
        Assert.Equal(first.Visit!.Id, second.Visit!.Id);
        Assert.Equal("Li Lei", first.Visit.VisitorName);
        await using (var db = await Get<IDbContextFactory<FrontDeskDb>>().CreateDbContextAsync())
        {
            Assert.Equal(1, await db.Visits.CountAsync());
        }

        var answers = Get<HostAnswers>();
        Assert.Equal(AnswerOutcome.NotYours, (await answers.AnswerAsync(first.Visit.Id, outsider.Id, HostAnswer.LetIn, null)).Outcome);
        Assert.Equal(AnswerOutcome.NotApplicable, (await answers.AnswerAsync(first.Visit.Id, host.Id, HostAnswer.ComingDown, null)).Outcome);
        var letIn = await answers.AnswerAsync(first.Visit.Id, colleague.Id, HostAnswer.LetIn, null);
        Assert.Equal(AnswerOutcome.Recorded, letIn.Outcome);
        Assert.Equal(VisitStatus.CheckedIn, letIn.Visit!.Status);
        Assert.Equal(colleague.Id, letIn.Visit.HostAnsweredBy);

        Assert.True(await Get<CheckOut>().CheckOutAsync(first.Visit.Id, "lobby"));
        Assert.False(await Get<CheckOut>().CheckOutAsync(first.Visit.Id, "lobby"));
        var late = await answers.AnswerAsync(first.Visit.Id, host.Id, HostAnswer.ComingDown, null);
        Assert.Equal(AnswerOutcome.VisitEnded, late.Outcome);
    }

    [Fact]
    public async Task An_answer_saved_over_one_saved_meanwhile_fails_instead_of_replacing_it()
    {
        var (host, colleague, _) = await SeedAsync();
        var walkIn = (await Get<LobbyCheckIn>().WalkInAsync(new WalkInRequest("Li Lei", null, host.Id, "Delivery", true, "cc"), "dl", "en")).Visit!;
        var dbs = Get<IDbContextFactory<FrontDeskDb>>();
        await using var stale = await dbs.CreateDbContextAsync();
        var read = await stale.Visits.SingleAsync(v => v.Id == walkIn.Id);

        Assert.Equal(AnswerOutcome.Recorded, (await Get<HostAnswers>().AnswerAsync(walkIn.Id, colleague.Id, HostAnswer.Decline, null)).Outcome);
        (read.HostAnswer, read.HostAnsweredAt, read.HostAnsweredBy) = (HostAnswer.LetIn, _clock.GetUtcNow(), host.Id);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => stale.SaveChangesAsync());
        await using var db = await dbs.CreateDbContextAsync();
        var stored = await db.Visits.SingleAsync(v => v.Id == walkIn.Id);
        Assert.Equal((HostAnswer.Decline, colleague.Id, VisitStatus.Denied), (stored.HostAnswer, stored.HostAnsweredBy, stored.Status));
    }

    [Fact]
    public async Task A_walk_in_form_with_problems_is_refused_with_each_field_named()
    {
        var (_, _, _) = await SeedAsync();
        var result = await Get<LobbyCheckIn>().WalkInAsync(new WalkInRequest("", new string('c', 101), 9999, " ", false, "t"), "dl", "en");
        Assert.Equal(CheckInOutcome.Invalid, result.Outcome);
        Assert.Equal(["company", "consent", "host", "name", "purpose"], result.Problems!.Keys.Order());
    }

    [Fact]
    public async Task A_watchlisted_visitor_is_held_for_the_desk()
    {
        var (host, _, _) = await SeedAsync();
        await Get<Watchlist>().AddAsync("Li Lei", "Tailspin", "Banned after incident 2026-03", "desk");

        var other = await Get<LobbyCheckIn>().WalkInAsync(new WalkInRequest("Li Lei", "Other Corp", host.Id, "Visit", true, "a"), "dl", "en");
        var held = await Get<LobbyCheckIn>().WalkInAsync(new WalkInRequest("lei li", "TailSpin", host.Id, "Visit", true, "b"), "dl", "en");

        Assert.Equal(CheckInOutcome.AwaitingHost, other.Outcome);
        Assert.Equal(CheckInOutcome.HeldForDesk, held.Outcome);
        Assert.Equal(VisitStatus.AwaitingDesk, held.Visit!.Status);
        Assert.NotNull(held.Visit.WatchlistEntryId);
    }

    [Fact]
    public async Task The_board_counts_the_day_and_closing_time_checks_everyone_out()
    {
        var (host, _, _) = await SeedAsync();
        var invitations = Get<Invitations>();
        var today = new DateOnly(2026, 11, 23);
        var later = (await invitations.CreateAsync(new("A", null, today, new TimeOnly(14, 0), new TimeOnly(15, 0), "Meeting", null, null, 1), host.Id, "alice")).Visit!;
        var now = (await invitations.CreateAsync(new("B", null, today, new TimeOnly(9, 0), new TimeOnly(10, 0), "Meeting", null, null, 1), host.Id, "alice")).Visit!;
        await Get<LobbyCheckIn>().WithCodeAsync(now.Code!, "dl", "en");
        var walkIn = (await Get<LobbyCheckIn>().WalkInAsync(new WalkInRequest("C", null, host.Id, "Delivery", true, "c"), "dl", "en")).Visit!;
        await Get<CheckOut>().CheckOutAsync(walkIn.Id, "desk");

        Assert.Equal(new BoardCounts(Expected: 1, OnSite: 1, Left: 1), await Get<VisitBoard>().CountsAsync(today));

        _clock.Advance(TimeSpan.FromHours(10)); // 19:30
        Assert.Equal(1, await Get<CheckOut>().CloseDayAsync());
        await using var db = await Get<IDbContextFactory<FrontDeskDb>>().CreateDbContextAsync();
        var b = await db.Visits.SingleAsync(v => v.Id == now.Id);
        Assert.Equal((VisitStatus.CheckedOut, true), (b.Status, b.AutoCheckedOut));
        Assert.Equal(VisitStatus.NoShow, (await db.Visits.SingleAsync(v => v.Id == later.Id)).Status);
    }
}
