using FrontDesk.Data.Directory;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Privacy;

// The audit log names people by their Teams account: this turns a typed name or e-mail into accounts, and
// accounts back into names for reading.
public sealed class AuditPeople(IDbContextFactory<FrontDeskDb> dbs)
{
    private const double NameScore = 0.85;

    // The accounts of staff and members the text names (e-mail exactly, names closely), plus the text itself,
    // which is how non-people appear ("command-line", "lobby"). Matched says whether anyone in the directory did.
    public async Task<(IReadOnlyList<string> Actors, bool Matched)> AccountsAsync(string typed, CancellationToken ct = default)
    {
        var text = typed.Trim();
        var people = await PeopleAsync(ct);
        var accounts = people.Where(p => string.Equals(p.Email, text, StringComparison.OrdinalIgnoreCase) || NameMatcher.Score(text, p.Name) >= NameScore)
            .Select(p => p.Account).Distinct(StringComparer.Ordinal).ToList();
        var matched = accounts.Count > 0;
        accounts.Add(text);
        return (accounts, matched);
    }

    public async Task<IReadOnlyDictionary<string, string>> NamesAsync(CancellationToken ct = default)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in await PeopleAsync(ct))
        {
            names.TryAdd(p.Account, p.Name);
        }
        return names;
    }

    private async Task<List<(string Account, string Name, string Email)>> PeopleAsync(CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var staff = await db.Staff.AsNoTracking().Where(s => s.AadObjectId != null).Select(s => new { s.AadObjectId, s.Name, s.Email }).ToListAsync(ct);
        var members = await db.Members.AsNoTracking().Where(m => m.AadObjectId != null).Select(m => new { m.AadObjectId, m.Name, m.Email }).ToListAsync(ct);
        return [.. staff.Concat(members).Select(p => (p.AadObjectId!, p.Name, p.Email))];
    }
}
