using System.Text;
using FrontDesk.Data.Feedback;

namespace FrontDesk.Tests.Feedback;

public class FeedbackSummaryTests
{
    // Seven ratings around the turn of the week (Shanghai time, UTC+8). Week 2026-W48 (23–29 Nov): 4, 5, 2 — the
    // 2 at 23:30 on Sunday. Week 2026-W49 (30 Nov–6 Dec): 1 at 00:10 on Monday (still 29 Nov in UTC), 3, 5, 2.
    private static async Task SeedAsync(FeedbackScene scene)
    {
        await SeedAsync(scene, new(2026, 11, 24, 10, 0, 0, TimeSpan.FromHours(8)), 4, FeedbackCategory.Reception, null);
        await SeedAsync(scene, new(2026, 11, 26, 15, 0, 0, TimeSpan.FromHours(8)), 5, FeedbackCategory.Mail, "Parcels always ready.");
        await SeedAsync(scene, new(2026, 11, 29, 23, 30, 0, TimeSpan.FromHours(8)), 2, FeedbackCategory.Reception, "Nobody at the desk late at night.");
        await SeedAsync(scene, new(2026, 11, 30, 0, 10, 0, TimeSpan.FromHours(8)), 1, FeedbackCategory.Cleanliness, "Lobby bins overflowing.",
            contact: ("Zhang San", "zhang@northwind.example"));
        await SeedAsync(scene, new(2026, 11, 30, 11, 0, 0, TimeSpan.FromHours(8)), 3, FeedbackCategory.Reception, "=Had to wait ten minutes.");
        await SeedAsync(scene, new(2026, 12, 1, 8, 0, 0, TimeSpan.FromHours(8)), 5, FeedbackCategory.Reception, null);
        await SeedAsync(scene, new(2026, 12, 1, 8, 30, 0, TimeSpan.FromHours(8)), 2, FeedbackCategory.Mail, "Parcel not logged.", name: "Li Lei");
    }

    // Rows as the kiosk saves them, written straight to the table: the clock cannot be turned back to give them.
    private static Task SeedAsync(FeedbackScene scene, DateTimeOffset at, int rating, FeedbackCategory category, string? comment,
        (string Name, string Details)? contact = null, string? name = null) =>
        scene.Teams.WithDbAsync(db =>
        {
            db.Feedback.Add(new FeedbackEntry
            {
                GivenAt = at.ToUniversalTime(),
                Rating = rating,
                Category = category,
                Comment = comment,
                Source = FeedbackSource.Kiosk,
                ContactAllowed = contact is not null,
                ContactName = contact?.Name ?? name,
                ContactDetails = contact?.Details,
                SubmitToken = Guid.NewGuid().ToString("N"),
            });
            return db.SaveChangesAsync();
        });

    [Fact]
    public async Task The_weeks_summary_matches_the_hand_computed_figures_against_the_week_before()
    {
        await using var scene = await FeedbackScene.StartAsync();
        await SeedAsync(scene);

        var card = await scene.Teams.OpenAsync(scene.Manager, "feedback summary");
        var text = card.CardText;
        Assert.Contains("Feedback, week of 30 Nov – 6 Dec (2026-W49)", text, StringComparison.Ordinal);
        // This week 1, 3, 5, 2: 4 ratings, 11/4 = 2.75 → 2.8, low 2 of 4 = 50%; the week before 4, 5, 2: 11/3 = 3.67 → 3.7,
        // low 1 of 3 = 33%; 2.75 − 3.67 = −0.92 → ▼0.9.
        Assert.Contains("Ratings\n4 (before: 3)", text, StringComparison.Ordinal);
        Assert.Contains("Average\n2.8 (before: 3.7) ▼0.9", text, StringComparison.Ordinal);
        Assert.Contains("Low (1–2)\n50% (before: 33%)", text, StringComparison.Ordinal);
        // Reception: 3, 5 → 4.0 against 4, 2 → 3.0; Mail 2 against 5; Cleanliness 1 against nothing; Phone nothing.
        Assert.Contains("Reception\n4.0 (2) · before 3.0 (2)", text, StringComparison.Ordinal);
        Assert.Contains("Mail and parcels\n2.0 (1) · before 5.0 (1)", text, StringComparison.Ordinal);
        Assert.Contains("Cleanliness\n1.0 (1) · before – (0)", text, StringComparison.Ordinal);
        Assert.Contains("Phone\n– (0) · before – (0)", text, StringComparison.Ordinal);
        Assert.Contains("30 Nov – 6 Dec\n2.8 (4)", text, StringComparison.Ordinal);
        Assert.Contains("23 Nov – 29 Nov\n3.7 (3)", text, StringComparison.Ordinal);
        // The lowest-rated comments of the week, lowest first; the 5 without a comment is not among them.
        var lowest = text[text.IndexOf("Lowest-rated comments", StringComparison.Ordinal)..];
        Assert.True(lowest.IndexOf("Lobby bins overflowing.", StringComparison.Ordinal) < lowest.IndexOf("Parcel not logged.", StringComparison.Ordinal));
        Assert.True(lowest.IndexOf("Parcel not logged.", StringComparison.Ordinal) < lowest.IndexOf("Had to wait ten minutes.", StringComparison.Ordinal));
        Assert.DoesNotContain("Nobody at the desk late at night.", lowest, StringComparison.Ordinal);
        Assert.DoesNotContain("Week after ▶", text, StringComparison.Ordinal);

        var before = Assert.Single(await scene.Teams.PressAsync(scene.Manager, card, "◀ Week before"));
        Assert.Equal(("PUT", card.SentId), (before.Method, before.ActivityId));
        Assert.Contains("Feedback, week of 23 Nov – 29 Nov (2026-W48)", before.CardText, StringComparison.Ordinal);
        Assert.Contains("Ratings\n3 (before: 0)", before.CardText, StringComparison.Ordinal);
        Assert.Contains("Week after ▶", before.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_months_summary_splits_the_week_that_straddles_the_months_and_its_CSV_holds_contact_details_only_where_agreed()
    {
        await using var scene = await FeedbackScene.StartAsync();
        await SeedAsync(scene);

        var card = await scene.Teams.OpenAsync(scene.Manager, "feedback summary month");
        var text = card.CardText;
        Assert.Contains("Feedback, December 2026", text, StringComparison.Ordinal);
        // December so far 5, 2: 3.5, 50%; November 4, 5, 2, 1, 3: 15/5 = 3.0, low 2 of 5 = 40%.
        Assert.Contains("Ratings\n2 (before: 5)", text, StringComparison.Ordinal);
        Assert.Contains("Average\n3.5 (before: 3.0) ▲0.5", text, StringComparison.Ordinal);
        Assert.Contains("Low (1–2)\n50% (before: 40%)", text, StringComparison.Ordinal);
        // The week of 30 Nov: its Monday (1 and 3 → 2.0) belongs to November, the rest to December.
        Assert.Contains("30 Nov\n2.0 (2)", text, StringComparison.Ordinal);
        Assert.Contains("1 Dec – 6 Dec\n3.5 (2)", text, StringComparison.Ordinal);

        var link = (string)card.Card!.Descendants().OfType<Newtonsoft.Json.Linq.JObject>()
            .Single(a => (string?)a["type"] == "Action.OpenUrl" && (string?)a["title"] == "Download CSV")["url"]!;
        Assert.StartsWith("http://localhost:3978/api/exports/feedback/", link, StringComparison.Ordinal);
        using var download = await scene.Teams.Client.GetAsync(new Uri(new Uri(link).PathAndQuery, UriKind.Relative));
        Assert.Equal("feedback-20261201-20261231.csv", download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName);
        var csv = Encoding.UTF8.GetString(await download.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Given,Rating,Category,Comment,Staff member,Source,Channel,Recorded by,Visit,Contact (agreed),Followed up,Follow-up note", csv[0]);
        Assert.Equal(3, csv.Length);
        Assert.Equal("\"2026-12-01 08:30\",\"2\",\"Mail and parcels\",\"Parcel not logged.\",\"\",\"Kiosk\",\"\",\"\",\"\",\"\",\"\",\"\"", csv[2]);
        Assert.DoesNotContain("Li Lei", string.Join("\n", csv), StringComparison.Ordinal);

        var november = Assert.Single(await scene.Teams.PressAsync(scene.Manager, card, "◀ Month before"));
        var novemberLink = (string)november.Card!.Descendants().OfType<Newtonsoft.Json.Linq.JObject>()
            .Single(a => (string?)a["type"] == "Action.OpenUrl")["url"]!;
        using var novemberCsv = await scene.Teams.Client.GetAsync(new Uri(new Uri(novemberLink).PathAndQuery, UriKind.Relative));
        var rows = Encoding.UTF8.GetString(await novemberCsv.Content.ReadAsByteArrayAsync());
        Assert.Contains("\"Zhang San, zhang@northwind.example\"", rows, StringComparison.Ordinal);
        // A comment starting with = is made text, so a spreadsheet never runs it.
        Assert.Contains("\"'=Had to wait ten minutes.\"", rows, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chinese_manager_reads_the_summary_in_chinese_and_an_unknown_period_is_explained()
    {
        await using var scene = await FeedbackScene.StartAsync();
        await SeedAsync(scene);
        var card = await scene.Teams.OpenAsync(scene.Manager, "反馈汇总 2026-11", "zh-CN");
        Assert.Contains("反馈汇总：2026年11月", card.CardText, StringComparison.Ordinal);
        Assert.Contains("评分数\n5（上一期：0）", card.CardText, StringComparison.Ordinal);
        Assert.Contains("接待\n3.0（3）· 上一期 –（0）", card.CardText, StringComparison.Ordinal);

        var unknown = await scene.Teams.SayAsync(scene.Manager, "feedback summary sometime");
        Assert.Contains(unknown, c => c.Text?.StartsWith("I didn't recognise that period.", StringComparison.Ordinal) == true);
    }
}
