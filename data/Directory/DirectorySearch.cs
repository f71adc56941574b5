using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Directory;

public enum MatchKind
{
    Member = 1,
    Company = 2,
}

// One candidate for "whom are you visiting" / "whom is this parcel for". Names only: never contact details.
public sealed record DirectoryMatch(MatchKind Kind, int Id, string Name, int CompanyId, string CompanyName, string? Floor, double Score);

// Finds people and companies by what someone typed, forgiving spelling, word order and aliases.
// The directory of one building is small (thousands of rows), so it is scored in memory.
public sealed class DirectorySearch(IDbContextFactory<FrontDeskDb> dbs)
{
    public const double Threshold = 0.5;

    public async Task<IReadOnlyList<DirectoryMatch>> FindAsync(string query, int max = 8, CancellationToken ct = default)
    {
        if (NameMatcher.Normalize(query).Length == 0)
        {
            return [];
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        var companies = await db.Companies.AsNoTracking()
            .Select(c => new { c.Id, c.Name, c.Floor, c.Aliases }).ToListAsync(ct);
        var members = await db.Members.AsNoTracking().Where(m => m.Active)
            .Select(m => new { m.Id, m.Name, m.CompanyId }).ToListAsync(ct);
        var byId = companies.ToDictionary(c => c.Id);

        var matches = new List<DirectoryMatch>();
        foreach (var c in companies)
        {
            var names = c.Aliases.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Prepend(c.Name);
            var score = names.Max(n => NameMatcher.Score(query, n));
            if (score >= Threshold)
            {
                matches.Add(new(MatchKind.Company, c.Id, c.Name, c.Id, c.Name, c.Floor, score));
            }
        }
        foreach (var m in members)
        {
            var score = NameMatcher.Score(query, m.Name);
            if (score >= Threshold && byId.TryGetValue(m.CompanyId, out var company))
            {
                matches.Add(new(MatchKind.Member, m.Id, m.Name, company.Id, company.Name, company.Floor, score));
            }
        }
        return [.. matches.OrderByDescending(m => m.Score).ThenBy(m => m.Kind).ThenBy(m => m.Name, StringComparer.OrdinalIgnoreCase).Take(max)];
    }
}
