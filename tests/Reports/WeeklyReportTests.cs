using System.Globalization;
using System.Text;
using FrontDesk.Bot.Hosting.Schedules;
using FrontDesk.Bot.Notifications;
using FrontDesk.Data;
using FrontDesk.Data.Calls;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Mail;
using FrontDesk.Data.Providers;
using FrontDesk.Data.Visits;
using FrontDesk.Tests.Harness;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MiniExcelLibs;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Tests.Reports;

// Six weeks of desk records (26 Oct – 6 Dec 2026, Shanghai), and the weekly report on them checked against counts
// made in SQL by the test itself.
public sealed class WeeklyReportTests : IAsyncLifetime
{
    // Tuesday 1 Dec 2026, 09:00 in Shanghai: the last full week is 2026-W48 (23–29 Nov).
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 1, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);
    private readonly FakeTimeProvider _clock = new(Start);
    private readonly TeamsHarness _teams;
    private TeamsUser _manager = null!;
    private TeamsUser _desk = null!;

    public WeeklyReportTests()
    {
        var app = new FrontDeskApp(_clock);
        app.Settings["Notifications:SendInBackground"] = "false";
        _teams = new TeamsHarness(app);
    }

    public async Task InitializeAsync()
    {
        _manager = await _teams.AddStaffAsync("Chen Jing", "chen.jing@building.com", StaffRole.Manager);
        _desk = await _teams.AddStaffAsync("Desk Zhou", "desk@building.com", StaffRole.Staff);
        var host = await _teams.AddTenantAsync("Contoso", "Wang Wei", "wang.wei@contoso.com");
        foreach (var user in new[] { _manager, _desk, host })
        {
            await _teams.SayAsync(user, "hi");
        }
        await SeedAsync();
    }

    public async Task DisposeAsync() => await _teams.DisposeAsync();

    private Task SeedAsync() => _teams.WithDbAsync(async db =>
    {
        var member = await db.Members.SingleAsync();
        var n = 0;
        for (var day = new DateOnly(2026, 10, 26); day <= new DateOnly(2026, 12, 6); day = day.AddDays(1))
        {
            var at = new DateTimeOffset(day.ToDateTime(new TimeOnly(10, 0)), Shanghai);
            for (var i = 0; i < (day.DayOfYear % 5) + 1; i++)
            {
                var arrived = at.AddMinutes(i * 7);
                db.Visits.Add(new Visit
                {
                    Status = VisitStatus.CheckedOut,
                    WalkIn = i % 3 == 0,
                    VisitorName = $"Visitor {++n}",
                    Purpose = "Meeting",
                    HostMemberId = member.Id,
                    CompanyId = member.CompanyId,
                    CreatedAt = arrived.ToUniversalTime(),
                    CreatedBy = "test",
                    ArrivedAt = arrived.ToUniversalTime(),
                    ExpectedFrom = i % 3 == 0 ? null : arrived.ToUniversalTime(),
                    HostAnswer = HostAnswer.ComingDown,
                    HostAnsweredAt = arrived.AddMinutes((i % 4) * 4).ToUniversalTime(),
                    CheckedOutAt = arrived.AddHours(1).ToUniversalTime(),
                });
            }
            for (var i = 0; i < (day.DayOfYear % 3) + 1; i++)
            {
                var received = at.AddHours(-1).AddMinutes(i);
                var closed = received.AddHours(i * 10);
                db.MailItems.Add(new MailItem
                {
                    Serial = $"M-{++n}",
                    CompanyId = member.CompanyId,
                    RecipientName = "Wang Wei",
                    CompanyName = "Contoso",
                    Kind = MailKind.Letter,
                    Status = MailStatus.PickedUp,
                    ReceivedAt = received.ToUniversalTime(),
                    ClosedAt = closed.ToUniversalTime(),
                    DeliverySeconds = (long)(closed - received).TotalSeconds,
                    LoggedBy = "x",
                    LoggedByName = "Desk Zhou",
                    SubmitToken = $"m{n}",
                });
            }
            for (var i = 0; i < day.DayOfYear % 4; i++)
            {
                db.PhoneMessages.Add(new PhoneMessage
                {
                    Reference = $"C-{++n}",
                    CallerName = "Caller",
                    CompanyId = member.CompanyId,
                    RecipientName = "Wang Wei",
                    CompanyName = "Contoso",
                    Message = "Hi",
                    AnswerSpeed = i % 3 == 0 ? AnswerSpeed.Later : AnswerSpeed.WithinThreeRings,
                    TakenAt = at.AddHours(1).AddMinutes(i).ToUniversalTime(),
                    TakenBy = "x",
                    TakenByName = "Desk Zhou",
                    SubmitToken = $"c{n}",
                });
            }
        }
        return await db.SaveChangesAsync();
    });

    // The value the provider stores for a local midnight (SQLite: a number; PostgreSQL: the UTC time).
    private static object Utc(FrontDeskDb db, int month, int day) =>
        DatabaseDialect.Of(db).TimeParameter(new DateTimeOffset(2026, month, day, 0, 0, 0, Shanghai).ToUniversalTime());

    // Counted by the test in SQL, apart from the product's queries: rows whose time falls in [from, to) local days.
    // The table and column names are the test's own constants, never input.
    private Task<int> CountAsync(string table, string column, (int Month, int Day) from, (int Month, int Day) to, string extra = "")
    {
        var sql = "SELECT CAST(COUNT(*) AS INTEGER) AS \"Value\" FROM \"" + table + "\" WHERE \"" + column + "\" >= {0} AND \"" + column + "\" < {1} " + extra;
        return _teams.WithDbAsync(db => db.Database.SqlQueryRaw<int>(sql, Utc(db, from.Month, from.Day), Utc(db, to.Month, to.Day)).SingleAsync());
    }

    private static string Cell(RecordedCall card, string row, int column)
    {
        var rows = card.Card!.Descendants().OfType<JObject>().Where(o => (string?)o["type"] == "TableRow").ToList();
        var match = rows.First(r => (string?)r.SelectToken("cells[0].items[0].text") == row);
        return (string)match.SelectToken($"cells[{column}].items[0].text")!;
    }

    [Fact]
    public async Task The_last_weeks_report_matches_counts_made_in_sql_for_it_the_week_before_and_four_weeks_before()
    {
        var card = await _teams.OpenAsync(_manager, "report");
        Assert.Contains("Weekly report, week of 23 Nov – 29 Nov (2026-W48)", card.CardText, StringComparison.Ordinal);
        (int, int)[][] weeks = [[(11, 23), (11, 30)], [(11, 16), (11, 23)], [(10, 26), (11, 2)]];
        for (var w = 0; w < 3; w++)
        {
            var (from, to) = (weeks[w][0], weeks[w][1]);
            var arrived = await CountAsync("Visits", "ArrivedAt", from, to);
            var walkIns = await CountAsync("Visits", "ArrivedAt", from, to, "AND \"WalkIn\"");
            var messages = await CountAsync("PhoneMessages", "TakenAt", from, to);
            var mailIn = await CountAsync("MailItems", "ReceivedAt", from, to);
            var mailOut = await CountAsync("MailItems", "ClosedAt", from, to);
            Assert.True(arrived > 0 && messages > 0 && mailIn > 0);
            Assert.Equal(arrived.ToString(CultureInfo.InvariantCulture), Cell(card, "Visitors arrived", w + 1));
            Assert.Equal(walkIns.ToString(CultureInfo.InvariantCulture), Cell(card, "of them walk-ins", w + 1));
            Assert.Equal(messages.ToString(CultureInfo.InvariantCulture), Cell(card, "Phone messages", w + 1));
            Assert.Equal(mailIn.ToString(CultureInfo.InvariantCulture), Cell(card, "Mail logged", w + 1));
            Assert.Equal(mailOut.ToString(CultureInfo.InvariantCulture), Cell(card, "Mail collected or delivered", w + 1));
            Assert.Equal((arrived + messages + mailIn + mailOut).ToString(CultureInfo.InvariantCulture), Cell(card, "Desk interactions", w + 1));
            // Mail within 24 hours: items closed after 0 h, 10 h and 20 h meet it, after 30 h they do not.
            var inTime = await CountAsync("MailItems", "ReceivedAt", from, to, "AND \"DeliverySeconds\" <= 86400");
            Assert.Equal($"{Math.Round(100.0 * inTime / mailIn, MidpointRounding.AwayFromZero)}%", Cell(card, "Mail within 24 hours", w + 1));
            var within = await CountAsync("PhoneMessages", "TakenAt", from, to, "AND \"AnswerSpeed\" = 1");
            Assert.Equal($"{Math.Round(100.0 * within / messages, MidpointRounding.AwayFromZero)}%", Cell(card, "Calls within three rings", w + 1));
        }
        Assert.Contains("This week (2026-W48)", card.CardText, StringComparison.Ordinal);
        Assert.Contains("4 weeks before (2026-W44)", card.CardText, StringComparison.Ordinal);
        Assert.Contains("Training this week: 0 sessions", card.CardText, StringComparison.Ordinal);

        var before = Assert.Single(await _teams.PressAsync(_manager, card, "◀ Week before"));
        Assert.Contains("week of 16 Nov – 22 Nov (2026-W47)", before.CardText, StringComparison.Ordinal);
        Assert.Contains("Week after ▶", before.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("Week after ▶", card.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_rows_download_as_CSV_and_as_an_Excel_sheet_per_table()
    {
        var card = await _teams.OpenAsync(_manager, "report 2026-W48");
        string Link(string title) => (string)card.Card!.Descendants().OfType<JObject>().Single(a => (string?)a["type"] == "Action.OpenUrl" && (string?)a["title"] == title)["url"]!;
        using var csv = await _teams.Client.GetAsync(new Uri(new Uri(Link("Download CSV")).PathAndQuery, UriKind.Relative));
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync());
        var lines = text.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Table,Row,Column,Value", lines[0]);
        Assert.Contains($"\"Activity\",\"Visitors arrived\",\"This week (2026-W48)\",\"{Cell(card, "Visitors arrived", 1)}\"", lines);
        Assert.Contains($"\"Activity\",\"Visitors arrived\",\"4 weeks before (2026-W44)\",\"{Cell(card, "Visitors arrived", 3)}\"", lines);
        Assert.Contains(lines, l => l.StartsWith("\"Service standards\",\"Mail within 24 hours\"", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("\"Staffing (Erlang C need against the roster)\",", StringComparison.Ordinal));

        using var xlsx = await _teams.Client.GetAsync(new Uri(new Uri(Link("Download Excel")).PathAndQuery, UriKind.Relative));
        Assert.Equal("weekly-report-2026-W48.xlsx", xlsx.Content.Headers.ContentDisposition?.FileNameStar ?? xlsx.Content.Headers.ContentDisposition?.FileName);
        using var book = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        Assert.Equal(["Activity", "Service standards", "Feedback by area"], MiniExcel.GetSheetNames(book).Take(3));
        Assert.Equal(5, MiniExcel.GetSheetNames(book).Count);
        var rows = MiniExcel.Query(book, useHeaderRow: true, sheetName: "Activity").Cast<IDictionary<string, object>>().ToList();
        var arrived = rows.Single(r => (string)r["Activity"] == "Visitors arrived");
        Assert.Equal(Cell(card, "Visitors arrived", 1), arrived["This week (2026-W48)"]?.ToString());
    }

    [Fact]
    public async Task Every_monday_at_eight_the_managers_get_the_week_just_ended_in_their_language_and_only_they()
    {
        await _teams.SayAsync(_manager, "你好", "zh-CN");
        var runner = _teams.App.Services.GetRequiredService<ScheduleRunner>();
        await runner.RunDueAsync();
        var mark = _teams.Channel.MarkCalls();
        // Monday 7 Dec 2026, 07:59 and then 08:00 in Shanghai.
        _clock.Advance(new DateTimeOffset(2026, 12, 6, 23, 59, 0, TimeSpan.Zero) - _clock.GetUtcNow());
        Assert.DoesNotContain("reports.weekly", await runner.RunDueAsync());
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Contains("reports.weekly", await runner.RunDueAsync());
        await _teams.App.Services.GetRequiredService<NotificationSender>().DrainOnceAsync();
        var sent = _teams.Channel.CallsSince(mark).Where(c => c.Method == "POST" && c.Card is not null).ToList();
        var toManager = Assert.Single(sent, c => c.ConversationId == _manager.ConversationId && c.CardText.Contains("周报", StringComparison.Ordinal));
        Assert.Contains("周报：11月30日 – 12月6日 这一周（2026-W49）", toManager.CardText, StringComparison.Ordinal);
        Assert.Contains("到访访客", toManager.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain(sent, c => c.ConversationId == _desk.ConversationId);
    }

    [Fact]
    public async Task An_unknown_or_future_week_is_explained_and_staff_cannot_open_the_report()
    {
        foreach (var typed in new[] { "report 2026-W60", "report 2027-W10", "report next" })
        {
            var replies = await _teams.SayAsync(_manager, typed);
            Assert.Contains(replies, c => c.Text?.StartsWith("I didn't recognise that week.", StringComparison.Ordinal) == true);
        }
        var refused = await _teams.SayAsync(_desk, "report");
        Assert.Contains(refused, c => c.CardText.Contains("Sorry, that is not available to you.", StringComparison.Ordinal));
        Assert.DoesNotContain(refused, c => c.CardText.Contains("Weekly report", StringComparison.Ordinal));
    }
}
