using FrontDesk.Cards.Common;
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
        var options = matches.Select(m => new HostOption(m.Key, m.Kind == MatchKind.Member ? CardText.PlainNameAndCompany(m.Name, m.CompanyName) : m.CompanyName)).ToList();
        var pick = DirectoryMatch.Picked(matches, picked);
        var chosen = pick ?? DirectoryMatch.Clear(matches);
        if (chosen is not null && await HostOfAsync(chosen, ct) is { } memberId)
        {
            return new(memberId, chosen.Name, pick is null ? [] : options, NoMatch: false);
        }
        return new(null, null, options, NoMatch: false);
    }

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
}
