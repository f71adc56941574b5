using System.Text;
using FrontDesk.Cards.Assessment;
using FrontDesk.Cards.Common;
using FrontDesk.Data.Calls;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Feedback;
using FrontDesk.Data.Mail;
using FrontDesk.Data.Visits;
using FrontDesk.Tests.Harness;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Tests.Assessment;

// The quarter's assessment of the desk on 1 Dec 2026 (Shanghai; quarter 2026-Q4), from seeded records:
//
// Desk Zhou — calls: 3 of 4 within three rings (one more in Q3 does not count); mail: 3 of 4 in time (one closed after
// 30 h; one still open at 2 h old is not yet judged); walk-ins seen to: 1 of 2 within 10 min (6 min, 14 min).
// Service = (3 + 3 + 1) / (4 + 4 + 2) = 70. Feedback naming him: 5, 4, 4, 3 → average 4.0 → (4 − 1) × 25 = 75.
// Attitude rated 4 → 75. Total = 0.4 × 70 + 0.4 × 75 + 0.2 × 75 = 28 + 30 + 15 = 73.
//
// Desk Qian — calls 2 of 2 → service 100; feedback 5, 5: two ratings, fewer than the 3 needed → not enough data, its
// weight spread: service 40 / 60 = 67 %, attitude 20 / 60 = 33 %. Attitude rated 3 → 50.
// Total = (40 × 100 + 20 × 50) / 60 = 83.3 → 83.
public sealed class AssessmentTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 1, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);
    private readonly TeamsHarness _teams;
    private TeamsUser _zhou = null!;
    private TeamsUser _qian = null!;
    private TeamsUser _manager = null!;

    public AssessmentTests()
    {
        var app = new FrontDeskApp(new FakeTimeProvider(Start));
        app.Settings["Notifications:SendInBackground"] = "false";
        _teams = new TeamsHarness(app);
    }

    public async Task InitializeAsync()
    {
        _zhou = await _teams.AddStaffAsync("Desk Zhou", "zhou@building.com", StaffRole.Staff);
        _qian = await _teams.AddStaffAsync("Desk Qian", "qian@building.com", StaffRole.Staff);
        _manager = await _teams.AddStaffAsync("Chen Jing", "chen.jing@building.com", StaffRole.Manager);
        var host = await _teams.AddTenantAsync("Contoso", "Wang Wei", "wang.wei@contoso.com");
        foreach (var user in new[] { _zhou, _qian, _manager, host })
        {
            await _teams.SayAsync(user, "hi");
        }
        await SeedAsync();
    }

    public async Task DisposeAsync() => await _teams.DisposeAsync();

    private static DateTimeOffset Local(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, Shanghai);

    private Task SeedAsync() => _teams.WithDbAsync(async db =>
    {
        var member = await db.Members.SingleAsync();
        var staff = await db.Staff.ToDictionaryAsync(s => s.Name);
        var zhou = staff["Desk Zhou"];
        var qian = staff["Desk Qian"];
        var n = 0;
        void Call(StaffMember by, DateTimeOffset at, AnswerSpeed speed) => db.PhoneMessages.Add(new PhoneMessage
        {
            Reference = $"C-{++n}",
            CallerName = "Caller",
            CompanyId = member.CompanyId,
            RecipientName = "Wang Wei",
            CompanyName = "Contoso",
            Message = "Hello",
            AnswerSpeed = speed,
            TakenAt = at.ToUniversalTime(),
            TakenBy = by.AadObjectId!,
            TakenByName = by.Name,
            SubmitToken = $"c{n}",
        });
        void Mail(StaffMember by, DateTimeOffset received, TimeSpan? closedAfter) => db.MailItems.Add(new MailItem
        {
            Serial = $"M-{++n}",
            CompanyId = member.CompanyId,
            RecipientName = "Wang Wei",
            CompanyName = "Contoso",
            Kind = MailKind.Parcel,
            Status = closedAfter is null ? MailStatus.Notified : MailStatus.PickedUp,
            ReceivedAt = received.ToUniversalTime(),
            ClosedAt = closedAfter is { } after ? (received + after).ToUniversalTime() : null,
            LoggedBy = by.AadObjectId!,
            LoggedByName = by.Name,
            SubmitToken = $"m{n}",
        });
        void WalkIn(StaffMember by, DateTimeOffset arrived, int servedAfterMinutes) => db.Visits.Add(new Visit
        {
            Status = VisitStatus.CheckedOut,
            WalkIn = true,
            VisitorName = "Li Lei",
            Purpose = "Meeting",
            HostMemberId = member.Id,
            CompanyId = member.CompanyId,
            CreatedAt = arrived.ToUniversalTime(),
            CreatedBy = "lobby",
            ArrivedAt = arrived.ToUniversalTime(),
            DeskServedBy = by.AadObjectId,
            DeskServedByName = by.Name,
            DeskServedAt = arrived.AddMinutes(servedAfterMinutes).ToUniversalTime(),
        });
        void Rating(StaffMember about, int rating) => db.Feedback.Add(new FeedbackEntry
        {
            Rating = rating,
            Category = FeedbackCategory.Reception,
            AboutStaffId = about.Id,
            AboutStaffName = about.Name,
            Source = FeedbackSource.Kiosk,
            GivenAt = Local(11, 10, 10).ToUniversalTime(),
            SubmitToken = $"f{++n}",
        });

        Call(zhou, Local(10, 8, 9), AnswerSpeed.WithinThreeRings);
        Call(zhou, Local(11, 3, 9), AnswerSpeed.WithinThreeRings);
        Call(zhou, Local(11, 20, 15), AnswerSpeed.WithinThreeRings);
        Call(zhou, Local(11, 21, 15), AnswerSpeed.Later);
        Call(zhou, Local(9, 30, 23), AnswerSpeed.Later);
        Mail(zhou, Local(10, 12, 9), TimeSpan.FromHours(3));
        Mail(zhou, Local(11, 2, 9), TimeSpan.FromHours(20));
        Mail(zhou, Local(11, 5, 9), TimeSpan.FromHours(23.9));
        Mail(zhou, Local(11, 9, 9), TimeSpan.FromHours(30));
        Mail(zhou, Local(12, 1, 7), null);
        WalkIn(zhou, Local(11, 4, 10), 6);
        WalkIn(zhou, Local(11, 18, 14), 14);
        foreach (var r in new[] { 5, 4, 4, 3 })
        {
            Rating(zhou, r);
        }
        Call(qian, Local(10, 20, 9), AnswerSpeed.WithinThreeRings);
        Call(qian, Local(11, 20, 9), AnswerSpeed.WithinThreeRings);
        Rating(qian, 5);
        Rating(qian, 5);
        await db.SaveChangesAsync();
        return 0;
    });

    private async Task<RecordedCall> RateAsync(RecordedCall ranking, string who, string rating, string note = "")
    {
        var form = Assert.Single(await _teams.PressAsync(_manager, ranking, "Rate attitude", within: who));
        Assert.Contains($"Attitude of {who} in 2026-Q4", form.CardText, StringComparison.Ordinal);
        return Assert.Single(await _teams.PressAsync(_manager, _teams.Current(form), "Save attitude", new() { ["rating"] = rating, ["note"] = note }));
    }

    [Fact]
    public async Task The_managers_ranking_matches_the_hand_computed_scores_and_every_rating_and_award_is_audited()
    {
        var ranking = await _teams.OpenAsync(_manager, "assessment");
        Assert.Contains("Assessment 2026-Q4", ranking.CardText, StringComparison.Ordinal);
        Assert.Contains("not rated yet", ranking.CardText, StringComparison.Ordinal);

        await RateAsync(ranking, "Desk Zhou", "4", "Calm with a difficult courier.");
        var rated = await RateAsync(_teams.Current(ranking), "Desk Qian", "3");
        var text = rated.CardText;
        Assert.Contains("Attitude saved for Desk Qian.", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("1. Desk Qian — 83 points", StringComparison.Ordinal) is > 0 and var first
                    && text.IndexOf("2. Desk Zhou — 73 points", StringComparison.Ordinal) > first, text);
        Assert.Contains("Service quality\n70 (weight 40%)", text, StringComparison.Ordinal);
        Assert.Contains("Customer feedback\n4.0 from 4 ratings → 75 (weight 40%)", text, StringComparison.Ordinal);
        Assert.Contains("Attitude\n4 of 5 → 75 (weight 20%)", text, StringComparison.Ordinal);
        Assert.Contains("Service quality\n100 (weight 67%)", text, StringComparison.Ordinal);
        Assert.Contains("Customer feedback\nnot enough data (2 of 3 ratings needed)", text, StringComparison.Ordinal);
        Assert.Contains("Attitude\n3 of 5 → 50 (weight 33%)", text, StringComparison.Ordinal);

        var details = Assert.Single(await _teams.PressAsync(_manager, _teams.Current(ranking), "Details", within: "Desk Zhou"));
        Assert.Contains("Calls answered within three rings\n3 of 4", details.CardText, StringComparison.Ordinal);
        Assert.Contains("Mail collected or delivered in time\n3 of 4", details.CardText, StringComparison.Ordinal);
        Assert.Contains("Walk-ins seen to within 10 minutes\n1 of 2", details.CardText, StringComparison.Ordinal);
        Assert.Contains("Manager's note: Calm with a difficult courier.", details.CardText, StringComparison.Ordinal);
        var back = Assert.Single(await _teams.PressAsync(_manager, _teams.Current(ranking), "Back to the ranking"));
        var awarded = Assert.Single(await _teams.PressAsync(_manager, back, "Award", within: "Desk Qian"));
        Assert.Contains("Desk Qian is marked for the quarter's award.", awarded.CardText, StringComparison.Ordinal);
        Assert.Contains("1. Desk Qian — 83 points · 🏆 Award", awarded.CardText, StringComparison.Ordinal);

        // The same rating saved twice changes nothing and is audited once.
        await RateAsync(_teams.Current(ranking), "Desk Qian", "3");
        var audit = await _teams.WithDbAsync(db => db.Audit.AsNoTracking().Where(a => a.Action.StartsWith("assessment.")).OrderBy(a => a.Id).ToListAsync());
        Assert.Equal(["assessment.attitude", "assessment.attitude", "assessment.award"], audit.Select(a => a.Action));
        Assert.Equal(" → 4 Calm with a difficult courier.".Trim(), audit[0].Details);

        var link = (string)awarded.Card!.Descendants().OfType<JObject>().Single(a => (string?)a["type"] == "Action.OpenUrl")["url"]!;
        using var download = await _teams.Client.GetAsync(new Uri(new Uri(link).PathAndQuery, UriKind.Relative));
        var csv = Encoding.UTF8.GetString(await download.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Rank,Staff member,Score,Service quality,Calls within three rings,Mail in time,Walk-ins in time,Feedback average,Feedback ratings,Customer feedback,Attitude rating,Attitude,Manager's note,Award", csv[0]);
        Assert.Equal("\"1\",\"Desk Qian\",\"83.3\",\"100.0\",\"2/2\",\"\",\"\",\"5.0\",\"2\",\"\",\"3\",\"50.0\",\"\",\"yes\"", csv[1]);
        Assert.Equal("\"2\",\"Desk Zhou\",\"73.0\",\"70.0\",\"3/4\",\"3/4\",\"1/2\",\"4.0\",\"4\",\"75.0\",\"4\",\"75.0\",\"Calm with a difficult courier.\",\"no\"", csv[2]);
    }

    [Fact]
    public async Task A_staff_member_sees_only_their_own_scores_and_cannot_open_a_colleagues_or_rate_anyone()
    {
        var mine = await _teams.OpenAsync(_zhou, "assessment");
        Assert.Contains("Desk Zhou, 2026-Q4", mine.CardText, StringComparison.Ordinal);
        Assert.Contains("Service quality\n70 (weight 50%)", mine.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("Desk Qian", mine.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("Rate attitude", mine.RawCardText, StringComparison.Ordinal);

        var qianId = await _teams.WithDbAsync(db => db.Staff.Where(s => s.Name == "Desk Qian").Select(s => s.Id).SingleAsync());
        // Forged: the managers' Details button for a colleague, sent by a staff member.
        var peek = await _teams.SubmitForgedAsync(_zhou, new JObject
        {
            [CardAction.Key] = AssessmentActions.Detail.Name,
            [AssessmentCards.StaffField] = qianId,
            [AssessmentCards.QuarterField] = "2026-Q4",
        }, mine.SentId);
        Assert.Contains(peek, c => c.Text == "Sorry, that is not available to you. Here is what you can do:");
        Assert.DoesNotContain(peek, c => c.CardText.Contains("Desk Qian, 2026-Q4", StringComparison.Ordinal));
        // Forged: the attitude form's Save, sent by a staff member about themselves.
        var rate = await _teams.SubmitForgedAsync(_zhou, new JObject
        {
            [CardAction.Key] = AssessmentActions.SaveAttitude.Name,
            [AssessmentCards.StaffField] = qianId,
            [AssessmentCards.QuarterField] = "2026-Q4",
            ["rating"] = "5",
        }, mine.SentId);
        Assert.Contains(rate, c => c.CardText.Contains("Sorry, that is not available to you.", StringComparison.Ordinal)
                                   || c.Text?.Contains("Sorry, that is not available to you.", StringComparison.Ordinal) == true);
        Assert.Empty(await _teams.WithDbAsync(db => db.StaffAssessments.ToListAsync()));

        var zh = await _teams.OpenAsync(_zhou, "考核 2026-Q4", "zh-CN");
        Assert.Contains("Desk Zhou，2026-Q4", zh.CardText, StringComparison.Ordinal);
        Assert.Contains("服务质量\n70（权重 50%）", zh.CardText, StringComparison.Ordinal);
        Assert.Contains("尚未评定", zh.CardText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("6")]
    [InlineData("")]
    public async Task An_attitude_rating_outside_one_to_five_comes_back_with_the_note_kept(string rating)
    {
        var ranking = await _teams.OpenAsync(_manager, "assessment");
        var reply = await RateAsync(ranking, "Desk Zhou", rating, "Kind to visitors.");
        Assert.Contains("Please choose a rating from 1 to 5.", reply.CardText, StringComparison.Ordinal);
        Assert.Equal("Kind to visitors.", (string?)reply.Card!.Descendants().OfType<JObject>().Single(o => (string?)o["id"] == "note")["value"]);
        Assert.Empty(await _teams.WithDbAsync(db => db.StaffAssessments.ToListAsync()));
    }

    [Fact]
    public async Task An_unknown_quarter_is_explained_and_the_quarter_before_has_its_own_figures()
    {
        var unknown = await _teams.SayAsync(_manager, "assessment next year");
        Assert.Contains(unknown, c => c.Text?.StartsWith("I didn't recognise that quarter.", StringComparison.Ordinal) == true);
        var q3 = await _teams.OpenAsync(_manager, "assessment 2026-Q3");
        // In Q3 Desk Zhou took one call, answered late: service 0 of 1 → 0; nothing else → the total is that part alone.
        Assert.Contains("Desk Zhou — 0 points", q3.CardText, StringComparison.Ordinal);
        Assert.Contains("Quarter after ▶", q3.CardText, StringComparison.Ordinal);
    }
}
