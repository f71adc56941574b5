using System.Globalization;
using FrontDesk.Cards.Visits.Kiosk;
using FrontDesk.Data;
using FrontDesk.Data.Directory;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Bot.Features.Visits.Kiosk;

// Whom a walk-in means: a member, or a company (then the company's contact below), or a list to choose from.
public sealed record HostFound(int? MemberId, string? Label, IReadOnlyList<HostOption> Options, bool NoMatch);

// Turns "whom are you visiting" into a host with the directory search: one clear match is used, several
// are offered as a choice (names and companies only), none is said beside the field.
public sealed class HostFinder(DirectorySearch search, IDbContextFactory<FrontDeskDb> dbs)
{
    private const double Exact = 0.95;

    public async Task<HostFound> FindAsync(string typed, string? picked, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return new(null, null, [], NoMatch: false);
        }
        var matches = await search.FindAsync(typed, ct: ct);
        if (matches.Count == 0)
        {
            return new(null, null, [], NoMatch: true);
        }
        // A pick counts only if it is still one of this search's matches: the card's values are not trusted.
        // The list stays with a pick, so a form sent back for another field still shows what was chosen.
        var options = matches.Select(m => new HostOption(Value(m), Title(m))).ToList();
        var pick = matches.FirstOrDefault(m => Value(m) == picked);
        var chosen = pick ?? Clear(matches);
        if (chosen is not null && await HostOfAsync(chosen, ct) is { } memberId)
        {
            return new(memberId, chosen.Name, pick is null ? [] : options, NoMatch: false);
        }
        return new(null, null, options, NoMatch: false);
    }

    // One match, or one exact match well ahead of the rest.
    private static DirectoryMatch? Clear(IReadOnlyList<DirectoryMatch> matches) =>
        matches.Count == 1 || (matches[0].Score >= Exact && matches[1].Score < Exact) ? matches[0] : null;

    // A company chosen as a whole is asked through its first active member who uses the bot in Teams
    // (else its first active member): any member of the company may answer the walk-in's request.
    private async Task<int?> HostOfAsync(DirectoryMatch match, CancellationToken ct)
    {
        if (match.Kind == MatchKind.Member)
        {
            return match.Id;
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Members.AsNoTracking()
            .Where(m => m.CompanyId == match.CompanyId && m.Active)
            .OrderBy(m => m.AadObjectId == null).ThenBy(m => m.Id)
            .Select(m => (int?)m.Id)
            .FirstOrDefaultAsync(ct);
    }

    private static string Value(DirectoryMatch m) =>
        string.Create(CultureInfo.InvariantCulture, $"{(m.Kind == MatchKind.Member ? "m" : "c")}:{m.Id}");

    private static string Title(DirectoryMatch m) => m.Kind == MatchKind.Member ? $"{m.Name} ({m.CompanyName})" : m.CompanyName;
}
