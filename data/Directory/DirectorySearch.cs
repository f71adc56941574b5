using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Directory;

public enum MatchKind
{
    Member = 1,
    Company = 2,
}

// One candidate for "whom are you visiting" / "whom is this parcel for". Names only: never contact details.
public sealed record DirectoryMatch(MatchKind Kind, int Id, string Name, int CompanyId, string CompanyName, string? Floor, double Score)
{
    public const double Exact = 0.95;

    // What a card's choice list sends back for this match: "m:12" for a member, "c:3" for a company.
    public string Key => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{(Kind == MatchKind.Member ? "m" : "c")}:{Id}");

    // The one "clear match" rule of every look-up (a host at the kiosk, a parcel's recipient): the only match,
    // or an exact one with nothing else exact beside it. Anything else is offered as a choice.
    public static DirectoryMatch? Clear(IReadOnlyList<DirectoryMatch> matches) =>
        matches.Count == 1 || (matches.Count > 1 && matches[0].Score >= Exact && matches[1].Score < Exact) ? matches[0] : null;

    // A choice made on a card counts only while it is still one of this search's matches: card values are not trusted.
    public static DirectoryMatch? Picked(IReadOnlyList<DirectoryMatch> matches, string? key) =>
        string.IsNullOrEmpty(key) ? null : matches.FirstOrDefault(m => m.Key == key);
}

// Finds people and companies by what someone typed, forgiving spelling, word order and aliases; a name in
// Chinese characters is found by its pinyin too (PinyinMatcher), ranked below a name typed as written.
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
            var score = names.Max(n => Score(query, n));
            if (score >= Threshold)
            {
                matches.Add(new(MatchKind.Company, c.Id, c.Name, c.Id, c.Name, c.Floor, score));
            }
        }
        foreach (var m in members)
        {
            var score = Score(query, m.Name);
            if (score >= Threshold && byId.TryGetValue(m.CompanyId, out var company))
            {
                matches.Add(new(MatchKind.Member, m.Id, m.Name, company.Id, company.Name, company.Floor, score));
            }
        }
        return [.. matches.OrderByDescending(m => m.Score).ThenBy(m => m.Kind).ThenBy(m => m.Name, StringComparer.OrdinalIgnoreCase).Take(max)];
    }

    private static double Score(string query, string name) => Math.Max(NameMatcher.Score(query, name), PinyinMatcher.Score(query, name));
}
