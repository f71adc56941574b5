using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Feedback;

public sealed record RatingStats(int Count, int Low, double? Average)
{
    public double? LowShare => Count == 0 ? null : (double)Low / Count;

    public static RatingStats Of(IEnumerable<FeedbackEntry> entries)
    {
        var ratings = entries.Select(e => e.Rating).ToList();
        return new(ratings.Count, ratings.Count(r => r <= FeedbackEntry.LowRating), ratings.Count == 0 ? null : ratings.Average());
    }
}

public sealed record CategoryStats(FeedbackCategory Category, RatingStats Now, RatingStats Before);

// A calendar week's ratings, cut to the periods compared (a month's first and last weeks are partial): [From, To).
public sealed record WeekStats(DateOnly From, DateOnly To, RatingStats Stats, bool InPeriod);

public sealed record FeedbackReport(ReportPeriod Period, RatingStats Now, RatingStats Before, IReadOnlyList<CategoryStats> Categories,
    IReadOnlyList<WeekStats> Weeks, IReadOnlyList<FeedbackEntry> Lowest);

public sealed record FeedbackWords(IReadOnlyList<string> Header, Func<FeedbackCategory, string> Category, Func<FeedbackSource, string> Source,
    Func<FeedbackChannel, string> Channel);

// What managers review: a week or month of ratings against the one before, by category and by week, the share
// of low ratings and the comments that came with the lowest; and the period's rows as a spreadsheet.
public sealed class FeedbackSummary(IDbContextFactory<FrontDeskDb> dbs, BuildingTime time)
{
    public const int LowestShown = 5;

    public static readonly string[] Columns =
        ["given", "rating", "category", "comment", "about", "source", "channel", "recordedBy", "visit", "contact", "followedUp", "followUpNote"];

    public async Task<FeedbackReport> ForAsync(ReportPeriod period, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        var before = period.Previous;
        var entries = await BetweenAsync(before.Start, period.End, ct);
        var now = entries.Where(e => In(e, period.Start, period.End)).ToList();
        var earlier = entries.Where(e => In(e, before.Start, before.End)).ToList();
        var categories = Enum.GetValues<FeedbackCategory>()
            .Select(c => new CategoryStats(c, RatingStats.Of(now.Where(e => e.Category == c)), RatingStats.Of(earlier.Where(e => e.Category == c))))
            .ToList();
        var weeks = new List<WeekStats>();
        for (var monday = ReportPeriod.WeekOf(before.Start).Start; monday < period.End; monday = monday.AddDays(7))
        {
            var from = monday < before.Start ? before.Start : monday;
            var to = monday.AddDays(7) > period.End ? period.End : monday.AddDays(7);
            // A week that straddles the two periods is shown in each, cut at the boundary.
            if (from < period.Start && to > period.Start)
            {
                weeks.Add(new(from, period.Start, RatingStats.Of(entries.Where(e => In(e, from, period.Start))), InPeriod: false));
                from = period.Start;
            }
            weeks.Add(new(from, to, RatingStats.Of(entries.Where(e => In(e, from, to))), InPeriod: from >= period.Start));
        }
        var lowest = now.Where(e => e.Comment is not null).OrderBy(e => e.Rating).ThenByDescending(e => e.GivenAt).Take(LowestShown).ToList();
        return new(period, RatingStats.Of(now), RatingStats.Of(earlier), categories, weeks, lowest);
    }

    public async Task<byte[]> CsvAsync(DateOnly from, DateOnly to, FeedbackWords words, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(words);
        var entries = await BetweenAsync(from, to.AddDays(1), ct);
        return SpreadsheetCsv.Write([.. words.Header], entries.OrderBy(e => e.GivenAt).Select(e => new[]
        {
            Local(e.GivenAt), e.Rating.ToString(CultureInfo.InvariantCulture), words.Category(e.Category), e.Comment ?? "", e.AboutStaffName ?? "",
            words.Source(e.Source), e.Channel is { } channel ? words.Channel(channel) : "", e.RecordedByName ?? "",
            e.VisitId?.ToString(CultureInfo.InvariantCulture) ?? "", Contact(e),
            e.FollowedUpAt is { } at ? $"{Local(at)} {e.FollowedUpByName}" : "", e.FollowUpNote ?? "",
        }));
    }

    // Who gave it, only where they agreed to be contacted.
    public static string Contact(FeedbackEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (!entry.ContactAllowed)
        {
            return "";
        }
        var name = entry.ContactCompany is null ? entry.ContactName : $"{entry.ContactName} ({entry.ContactCompany})";
        return string.Join(", ", new[] { name, entry.ContactDetails }.Where(p => !string.IsNullOrWhiteSpace(p)));
    }

    private bool In(FeedbackEntry e, DateOnly from, DateOnly to) => e.GivenAt >= time.ToUtc(from, TimeOnly.MinValue) && e.GivenAt < time.ToUtc(to, TimeOnly.MinValue);

    private async Task<List<FeedbackEntry>> BetweenAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        var start = time.ToUtc(from, TimeOnly.MinValue);
        var end = time.ToUtc(to, TimeOnly.MinValue);
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Feedback.AsNoTracking().Where(f => f.GivenAt >= start && f.GivenAt < end).ToListAsync(ct);
    }

    private string Local(DateTimeOffset utc) => time.ToLocal(utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
