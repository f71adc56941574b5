using FrontDesk.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Visits;

public enum ServeOutcome
{
    Recorded,
    // A colleague (or the same person, with a double tap) said so first: their record stands.
    AlreadyServed,
    // The host answered meanwhile: the desk is not needed for this visit.
    HostAnswered,
    // Checked out, cancelled, declined or a no-show.
    VisitEnded,
    // No such visit, or one that is not waiting at the lobby.
    NotWaiting,
}

// AnsweredBy names the member whose answer stands (for HostAnswered); Relay says whether the kiosk is being told
// (for Recorded). Visit comes with Host and Company.
public sealed record ServeResult(ServeOutcome Outcome, Visit? Visit, string? AnsweredBy = null, KioskRelay Relay = KioskRelay.None);

// A staff member says they will see to a visitor whose host did not answer: who and when are recorded (the
// assessment counts walk-ins served), with an audit entry and the kiosk's note in the same unit of work.
// The first to say so wins: the update only applies while nobody has, so a later press changes nothing.
public sealed class DeskServes(IDbContextFactory<FrontDeskDb> dbs, TimeProvider clock, IVisitNoticeSink notices)
{
    public const string AuditAction = "visit.deskserved";

    public async Task<ServeResult> ServeAsync(int visitId, string actor, string actorName, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await StandingAsync(db, visitId, ct) is { } refused)
        {
            return refused;
        }
        var now = clock.GetUtcNow();
        var claimed = await db.Visits
            .Where(v => v.Id == visitId && v.DeskServedAt == null && v.HostAnswer == null &&
                        (v.Status == VisitStatus.CheckedIn || v.Status == VisitStatus.AwaitingHost))
            .ExecuteUpdateAsync(s => s
                .SetProperty(v => v.DeskServedBy, actor)
                .SetProperty(v => v.DeskServedByName, actorName)
                .SetProperty(v => v.DeskServedAt, now), ct);
        if (claimed != 1)
        {
            // Changed between the read and the update (a provider without SQLite's write lock): what stands now.
            await transaction.RollbackAsync(ct);
            return await StandingAsync(db, visitId, ct) ?? new(ServeOutcome.NotWaiting, null);
        }
        var visit = await LoadAsync(db, visitId, ct);
        db.Audit.Add(new AuditEntry { At = now, Actor = actor, Action = AuditAction, Subject = $"visit:{visitId}", Details = actorName });
        var relay = await notices.DeskServingAsync(db, visit!, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        notices.Committed();
        return new(ServeOutcome.Recorded, visit, Relay: relay);
    }

    // Why the press cannot be recorded, or null while the visitor still waits for someone.
    private static async Task<ServeResult?> StandingAsync(FrontDeskDb db, int visitId, CancellationToken ct)
    {
        var visit = await LoadAsync(db, visitId, ct);
        if (visit is null || visit.ArrivedAt is null)
        {
            return new(ServeOutcome.NotWaiting, visit);
        }
        if (visit.IsOver)
        {
            return new(ServeOutcome.VisitEnded, visit);
        }
        if (visit.DeskServedAt is not null)
        {
            return new(ServeOutcome.AlreadyServed, visit);
        }
        if (visit.HostAnswer is not null)
        {
            var by = await db.Members.AsNoTracking().Where(m => m.Id == visit.HostAnsweredBy).Select(m => m.Name).SingleOrDefaultAsync(ct);
            return new(ServeOutcome.HostAnswered, visit, by);
        }
        return visit.Status is VisitStatus.CheckedIn or VisitStatus.AwaitingHost ? null : new(ServeOutcome.NotWaiting, visit);
    }

    private static Task<Visit?> LoadAsync(FrontDeskDb db, int visitId, CancellationToken ct) =>
        db.Visits.AsNoTracking().Include(v => v.Host).Include(v => v.Company).SingleOrDefaultAsync(v => v.Id == visitId, ct);
}
