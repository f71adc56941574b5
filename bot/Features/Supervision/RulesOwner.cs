using FrontDesk.Data;
using FrontDesk.Data.Directory;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Features.Supervision;

// The configured owner of the front-desk rules, resolved to the staff list when it is needed. The owner records the
// reviews; when the owner is not a staff member who uses the bot, the managers are reminded and record them instead.
public sealed class RulesOwner(IOptions<SupervisionOptions> options, IDbContextFactory<FrontDeskDb> dbs)
{
    public string? Email => options.Value.Owner;

    public bool Is(Person person) =>
        person is { IsStaff: true, Email: { } email } && Email is not null && string.Equals(People.NormalizeEmail(email), Email, StringComparison.Ordinal);

    // Who sees the reviews: the owner and the managers.
    public bool MaySee(Person person) => person.Role == Role.Manager || Is(person);

    // The owner as a staff member the bot can reach, read on the caller's unit of work; null when there is none.
    public async Task<StaffMember?> ReachableAsync(FrontDeskDb db, CancellationToken ct) =>
        Email is { } email ? (await People.ReachableStaffAsync(db, ct)).FirstOrDefault(s => s.Email == email) : null;

    public async Task<StaffMember?> ReachableAsync(CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await ReachableAsync(db, ct);
    }

    // Who records a review: the owner; the managers only while no owner can be reached.
    public bool MayRecord(Person person, StaffMember? reachableOwner) => Is(person) || (person.Role == Role.Manager && reachableOwner is null);

    public async Task<bool> MayRecordAsync(Person person, CancellationToken ct) => Is(person) || MayRecord(person, await ReachableAsync(ct));
}
