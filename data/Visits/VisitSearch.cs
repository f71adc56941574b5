using System.Globalization;
using FrontDesk.Data.Directory;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Visits;

// The register's words in the reader's language: a header cell per column (VisitSearch.Columns, in order),
// each status, yes and no. data/ has no string catalog, so the caller brings them.
public sealed record RegisterWords(IReadOnlyList<string> Header, Func<VisitStatus, string> Status, string Yes, string No);

// Past and present visits for the desk: by visitor, host or company name, within local dates; and the
// same as CSV for a date range (R2's register).
public sealed class VisitSearch(IDbContextFactory<FrontDeskDb> dbs, BuildingTime time)
{
    public const int MaxDays = 366;

    public static readonly IReadOnlyList<string> Columns =
        ["visitor", "visitor_company", "host", "company", "purpose", "status", "walk_in", "expected", "arrived", "checked_in", "checked_out", "auto_checked_out"];

    public async Task<IReadOnlyList<Visit>> FindAsync(string? text, DateOnly from, DateOnly to, int max = 30, CancellationToken ct = default)
    {
        var visits = await InRangeAsync(from, to, ct);
        if (string.IsNullOrWhiteSpace(text))
        {
            return [.. visits.Take(max)];
        }
        return [.. visits
            .Select(v => (Visit: v, Score: new[] { v.VisitorName, v.VisitorCompany ?? "", v.Host!.Name, v.Company!.Name }.Max(n => NameMatcher.Score(text, n))))
            .Where(x => x.Score >= 0.6)
            .OrderByDescending(x => x.Score).ThenByDescending(x => x.Visit.ArrivedAt ?? x.Visit.ExpectedFrom)
            .Take(max).Select(x => x.Visit)];
    }

    public async Task<byte[]> CsvAsync(DateOnly from, DateOnly to, RegisterWords words, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(words);
        var visits = await InRangeAsync(from, to, ct);
        return SpreadsheetCsv.Write([.. words.Header], visits.Select(v => new[]
        {
            v.VisitorName, v.VisitorCompany ?? "", v.Host!.Name, v.Company!.Name, v.Purpose, words.Status(v.Status),
            v.WalkIn ? words.Yes : words.No, Local(v.ExpectedFrom), Local(v.ArrivedAt), Local(v.CheckedInAt), Local(v.CheckedOutAt),
            v.AutoCheckedOut ? words.Yes : words.No,
        }));
    }

    private async Task<List<Visit>> InRangeAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        var (start, _) = time.DayUtc(from);
        var (_, end) = time.DayUtc(to);
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Visits.AsNoTracking().Include(v => v.Host).Include(v => v.Company)
            .Where(v => (v.ArrivedAt >= start && v.ArrivedAt < end) || (v.ArrivedAt == null && v.ExpectedFrom >= start && v.ExpectedFrom < end))
            .OrderByDescending(v => v.ArrivedAt ?? v.ExpectedFrom).ToListAsync(ct);
    }

    private string Local(DateTimeOffset? utc) =>
        utc is null ? "" : time.ToLocal(utc.Value).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
