using FrontDesk.Data.Directory;
using FrontDesk.Data.Visits;
using FrontDesk.Tests.Harness;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xunit.Abstractions;

namespace FrontDesk.Tests.Reliability;

// The rounds with several instances on one PostgreSQL database (issue 15): a due round runs once whichever instance
// gets it, and when that instance dies halfway the other finishes it once the lease has run out.
[Collection(ReliabilityCollection.Name)]
public sealed class RoundsAcrossInstancesTests(ITestOutputHelper output)
{
    private const string DailyRun = "reports.daily";
    private const string DailyLease = "schedule.reports.daily";

    [PostgresFact]
    public async Task Closing_time_checks_visitors_out_once_though_a_second_instance_starts_after_it()
    {
        // Closing at 00:00: whenever the test runs, today's closing time has passed, so it is due at start.
        await using var scene = new TwoHosts(new Dictionary<string, string>
        {
            ["Visits__ClosingTime"] = "00:00",
            ["Visits__CheckEverySeconds"] = "5",
            ["Schedules__RunInBackground"] = "false",
        });
        var stayed = await AddVisitorOnSiteAsync(scene, "Early Eva");
        await scene.A.StartAsync(TwoHosts.StartWithin);
        await TwoHosts.WaitUntilAsync(async () => (await VisitAsync(scene, stayed)).Status == VisitStatus.CheckedOut, TimeSpan.FromSeconds(30),
            "instance A's closing time");

        // After closing, the desk lets a late visitor in; then a second instance starts (scaled out, or upgraded).
        var late = await AddVisitorOnSiteAsync(scene, "Late Lars");
        await scene.B.StartAsync(TwoHosts.StartWithin);
        var b = scene.B.ProcessId!.Value;
        await TwoHosts.WaitUntilAsync(async () => await RanVisitRoundAsync(scene, b) || (await VisitAsync(scene, late)).Status != VisitStatus.CheckedIn,
            TimeSpan.FromSeconds(30), "a visit round on instance B");

        var first = await VisitAsync(scene, stayed);
        Assert.Equal((VisitStatus.CheckedOut, true, "closing time"), (first.Status, first.AutoCheckedOut, first.CheckedOutBy));
        var second = await VisitAsync(scene, late);
        Assert.Equal((VisitStatus.CheckedIn, null), (second.Status, second.CheckedOutBy));
        await using var db = scene.OpenDb();
        Assert.Single(await db.ScheduledRuns.Where(r => r.Name == "visits.closing").ToListAsync());
    }

    // Both instances are running when closing time comes due (today's closing is made due again under them): one of
    // them checks the visitors out, and the other, ticking every 5 s beside it, does not close the day again.
    [PostgresFact]
    public async Task Closing_time_that_comes_due_while_two_instances_run_checks_visitors_out_once()
    {
        await using var scene = new TwoHosts(new Dictionary<string, string>
        {
            ["Visits__ClosingTime"] = "00:00",
            ["Visits__CheckEverySeconds"] = "5",
            ["Schedules__RunInBackground"] = "false",
            // Each host's log says when it closed the day (VisitRoundsWorker's "Closing time: N visitors checked out").
            ["Logging__LogLevel__FrontDesk.Bot.Features.Visits.VisitRoundsWorker"] = "Information",
        });
        await Task.WhenAll(scene.A.StartAsync(TwoHosts.StartWithin), scene.B.StartAsync(TwoHosts.StartWithin));
        await TwoHosts.WaitUntilAsync(async () => await ClosingDoneAsync(scene) is not null, TimeSpan.FromSeconds(30), "today's closing at start");
        var today = (await ClosingDoneAsync(scene))!.Value;
        var visitors = new[] { await AddVisitorOnSiteAsync(scene, "Early Eva"), await AddVisitorOnSiteAsync(scene, "Late Lars") };
        var logged = (A: ClosingLines(scene.A).Count, B: ClosingLines(scene.B).Count);

        await using (var db = scene.OpenDb())
        {
            await db.ScheduledRuns.Where(r => r.Name == "visits.closing").ExecuteUpdateAsync(s => s.SetProperty(r => r.LastDueAt, today.AddDays(-1)));
        }
        await TwoHosts.WaitUntilAsync(async () => (await ClosingDoneAsync(scene)) == today, TimeSpan.FromSeconds(30), "closing time to be handled again");
        await Task.Delay(TimeSpan.FromSeconds(11)); // two more ticks of both: neither closes the day again

        Assert.NotNull(scene.A.ProcessId);
        Assert.NotNull(scene.B.ProcessId);
        foreach (var id in visitors)
        {
            var visit = await VisitAsync(scene, id);
            Assert.Equal((VisitStatus.CheckedOut, true, "closing time"), (visit.Status, visit.AutoCheckedOut, visit.CheckedOutBy));
        }
        var closings = ClosingLines(scene.A).Skip(logged.A).Concat(ClosingLines(scene.B).Skip(logged.B)).ToList();
        output.WriteLine(string.Join(Environment.NewLine, closings));
        Assert.Single(closings);
        Assert.Contains("Closing time: 2 visitors checked out automatically", closings[0], StringComparison.Ordinal);
        await using var check = scene.OpenDb();
        Assert.Single(await check.ScheduledRuns.Where(r => r.Name == "visits.closing").ToListAsync());
    }

    private static async Task<DateTimeOffset?> ClosingDoneAsync(TwoHosts scene)
    {
        await using var db = scene.OpenDb();
        return (await db.ScheduledRuns.SingleOrDefaultAsync(r => r.Name == "visits.closing"))?.LastDueAt;
    }

    // The host's log lines that record a closing of the day (read beside the writer that keeps the file open).
    private static List<string> ClosingLines(BotProcess host)
    {
        using var file = new FileStream(host.LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(file);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Contains("Closing time:", StringComparison.Ordinal))
            {
                lines.Add(line);
            }
        }
        return lines;
    }

    [PostgresFact]
    public async Task A_daily_summary_whose_instance_is_killed_halfway_is_sent_once_by_the_other_after_the_lease()
    {
        await using var scene = new TwoHosts(new Dictionary<string, string>
        {
            ["Schedules__CheckEverySeconds"] = "1",
            ["Schedules__LeaseSeconds"] = "5",
            ["Visits__RunInBackground"] = "false",
        });
        await scene.AddManagerAsync();
        await Task.WhenAll(scene.A.StartAsync(TwoHosts.StartWithin), scene.B.StartAsync(TwoHosts.StartWithin));
        Assert.True((await scene.Teams.SayAsync(scene.Manager, "hi")).Taken);
        await TwoHosts.WaitUntilAsync(async () => await LastDueAsync(scene) is not null, TimeSpan.FromSeconds(20), "the daily summary's schedule to be seen");
        var occurrence = (await LastDueAsync(scene))!.Value;

        // Teams' outbox table is locked, so whichever instance takes the summary is stuck halfway: it has the lease and
        // has read the day's figures, but cannot store the notice.
        await using var blocker = new NpgsqlConnection(scene.Database.ConnectionString);
        await blocker.OpenAsync();
        await using var hold = await blocker.BeginTransactionAsync();
        await ExecuteAsync(blocker, "LOCK TABLE \"Notifications\" IN EXCLUSIVE MODE", hold);
        await using (var db = scene.OpenDb())
        {
            // The summary comes due: yesterday's run is the last one handled.
            await db.ScheduledRuns.Where(r => r.Name == DailyRun).ExecuteUpdateAsync(s => s.SetProperty(r => r.LastDueAt, occurrence.AddDays(-1)));
        }
        var holder = await StuckHolderAsync(scene);
        var winner = scene.ByProcessId(TwoHosts.ProcessIdOf(holder));
        var survivor = winner == scene.A ? scene.B : scene.A;
        Assert.Equal(occurrence.AddDays(-1), await LastDueAsync(scene));
        output.WriteLine($"{holder} took the summary and is killed halfway");
        winner.Kill();
        await hold.RollbackAsync();

        await TwoHosts.WaitUntilAsync(async () => await LastDueAsync(scene) == occurrence && Summaries(scene).Count > 0, TimeSpan.FromSeconds(30),
            "the other instance to send the summary");
        await Task.Delay(TimeSpan.FromSeconds(3)); // several more ticks of the survivor: nothing more comes

        var summary = Assert.Single(Summaries(scene));
        Assert.Equal(scene.Manager.ConversationId, summary.ConversationId);
        await using var check = scene.OpenDb();
        Assert.Single(await check.Notifications.Where(n => n.Kind == "reports.daily").ToListAsync());
        var run = await check.ScheduledRuns.SingleAsync(r => r.Name == DailyRun);
        Assert.Equal(occurrence, run.LastDueAt);
        var lease = await check.RoundLeases.SingleAsync(l => l.Name == DailyLease);
        Assert.Equal(survivor.ProcessId, TwoHosts.ProcessIdOf(lease.Holder));
    }

    private static List<ChannelMessage> Summaries(TwoHosts scene) =>
        [.. scene.Channel.Messages.Where(m => m.Body.ToString().Contains("Front desk today", StringComparison.Ordinal))];

    // The lease's holder once the same instance has held it, unexpired, for two seconds (a round with nothing to do
    // gives it back within milliseconds).
    private static async Task<string> StuckHolderAsync(TwoHosts scene)
    {
        string? seen = null;
        var since = DateTimeOffset.UtcNow;
        var until = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(30);
        while (DateTimeOffset.UtcNow < until)
        {
            await using var db = scene.OpenDb();
            var now = DateTimeOffset.UtcNow;
            var holder = await db.RoundLeases.Where(l => l.Name == DailyLease && l.HeldUntil > now).Select(l => l.Holder).SingleOrDefaultAsync();
            if (holder is null || holder != seen)
            {
                (seen, since) = (holder, now);
            }
            else if (now - since > TimeSpan.FromSeconds(2))
            {
                return holder;
            }
            await Task.Delay(200);
        }
        throw new TimeoutException("No instance took the daily summary's lease.");
    }

    private static async Task<DateTimeOffset?> LastDueAsync(TwoHosts scene)
    {
        await using var db = scene.OpenDb();
        return (await db.ScheduledRuns.SingleOrDefaultAsync(r => r.Name == DailyRun))?.LastDueAt;
    }

    private static async Task<bool> RanVisitRoundAsync(TwoHosts scene, int processId)
    {
        await using var db = scene.OpenDb();
        var lease = await db.RoundLeases.SingleOrDefaultAsync(l => l.Name == "rounds.visits");
        return lease is not null && TwoHosts.ProcessIdOf(lease.Holder) == processId;
    }

    private static async Task<Visit> VisitAsync(TwoHosts scene, int id)
    {
        await using var db = scene.OpenDb();
        return await db.Visits.AsNoTracking().SingleAsync(v => v.Id == id);
    }

    // A visitor the desk checked in (the row the walk-in leaves), with a host in the directory.
    private static async Task<int> AddVisitorOnSiteAsync(TwoHosts scene, string name)
    {
        await using var db = scene.OpenDb();
        var now = DateTimeOffset.UtcNow;
        var company = await db.Companies.FirstOrDefaultAsync() ?? db.Companies.Add(new Company { Name = "Contoso", Floor = "12", CreatedAt = now }).Entity;
        var host = await db.Members.FirstOrDefaultAsync() ?? db.Members.Add(new Member { Company = company, Name = "Alice Wang", Email = "alice@contoso.com", CreatedAt = now }).Entity;
        var visit = db.Visits.Add(new Visit
        {
            Status = VisitStatus.CheckedIn,
            WalkIn = true,
            VisitorName = name,
            Purpose = "Meeting",
            Host = host,
            Company = company,
            CreatedAt = now,
            CreatedBy = "desk",
            ArrivedAt = now,
            CheckedInAt = now,
            HostAnswer = HostAnswer.LetIn,
        }).Entity;
        await db.SaveChangesAsync();
        return visit.Id;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, NpgsqlTransaction transaction)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync();
    }
}
