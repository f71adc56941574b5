using System.Text;
using FrontDesk.Data.Calls;
using FrontDesk.Tests.Harness;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Tests.Calls;

public sealed class CallRecordImportTests : IDisposable
{
    private static readonly CallRules Rules = new(TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"), TimeSpan.FromMinutes(30), 6);
    private static readonly DateOnly Tuesday = new(2026, 12, 1);
    private readonly TestDatabase _db = new();

    private CallRecordImport Import(CallRecordColumns? columns = null) => new(_db, _db.Clock, Rules, columns ?? CallRecordColumns.Default);

    private Task<CallImportResult> RunAsync(string csv, CallRecordColumns? columns = null) =>
        Import(columns).ImportAsync(Encoding.UTF8.GetBytes(csv), "desk:ada", "cdr.csv");

    [Fact]
    public async Task The_sample_export_gives_the_hand_computed_three_ring_figures_per_hour_and_per_staff_member()
    {
        var result = await RunAsync(CallRecordSamples.Tuesday);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal((13, 0, Tuesday, Tuesday), (result.Added, result.AlreadyImported, result.From!.Value, result.To!.Value));

        var report = await new AnswerTimes(_db, Rules).ForAsync(Tuesday, Tuesday);

        Assert.Equal(new AnswerFigures(11, 9, 6, 4 + 12 + 18 + 19 + 7 + 31 + 6 + 30 + 18), report.Total);
        Assert.Equal((2, 55), (report.Total.Missed, report.Total.Percent()));
        Assert.Equal(new RingCounts(2, 2, 2, 2, 1), report.Rings);
        Assert.Equal([(9, 5, 3, 1, 60), (10, 4, 2, 1, 50), (11, 2, 1, 0, 50)],
            report.ByHour.Select(h => (h.Hour, h.Figures.Calls, h.Figures.WithinThreeRings, h.Figures.Missed, h.Figures.Percent())));
        Assert.Equal([("Li Na", 4, 4, 100, 10), ("Zhou Min", 4, 2, 50, 19), ("", 1, 0, 0, 30)],
            report.ByStaff.Select(s => (s.AnsweredBy, s.Figures.Answered, s.Figures.WithinThreeRings, s.Figures.Percent(ofAnswered: true), s.Figures.AverageWaitSeconds)));
        Assert.Equal(new SelfReport(0, 0, 0, 0), report.SelfReport);
        // Outbound and internal calls are kept, but never counted.
        await using var db = _db.CreateDbContext();
        Assert.Equal(2, await db.CallRecords.CountAsync(r => r.Direction != CallDirection.Inbound));
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 3, 10, 0, TimeSpan.Zero), (await db.CallRecords.SingleAsync(r => r.CallerNumber == "+86 21 1111 0009")).StartedAt);
    }

    [Fact]
    public async Task A_re_import_of_the_same_file_adds_nothing_and_a_longer_export_adds_only_the_new_calls()
    {
        await RunAsync(CallRecordSamples.Tuesday);
        var again = await RunAsync(CallRecordSamples.Tuesday);
        Assert.Equal((0, 13), (again.Added, again.AlreadyImported));

        var longer = await RunAsync(CallRecordSamples.Tuesday + "2026-12-01 12:00:00,inbound,+86 21 1111 0011,5,yes,Li Na\n");
        Assert.Equal((1, 13), (longer.Added, longer.AlreadyImported));
        await using var db = _db.CreateDbContext();
        Assert.Equal(14, await db.CallRecords.CountAsync());
        Assert.Equal(3, await db.Audit.CountAsync(a => a.Action == CallRecordImport.AuditAction));
    }

    [Fact]
    public async Task Every_bad_line_is_reported_with_its_line_number_and_nothing_is_written()
    {
        var result = await RunAsync(CallRecordSamples.Broken);

        Assert.False(result.Succeeded);
        Assert.Equal(
            [
                (CallImportErrorCode.BadTime, 2, "start_time", "yesterday", (int?)null),
                (CallImportErrorCode.BadDirection, 3, "direction", "sideways", null),
                (CallImportErrorCode.BadAnswered, 4, "answered", "maybe", null),
                (CallImportErrorCode.BadSeconds, 4, "ring_seconds", "abc", null),
                (CallImportErrorCode.MissingValue, 5, "ring_seconds", null, null),
                (CallImportErrorCode.DuplicateCall, 7, null, null, 6),
            ],
            result.Errors.Select(e => (e.Code, e.Line, e.Column, e.Value, e.OtherLine)));
        await using var db = _db.CreateDbContext();
        Assert.Equal((0, 0), (await db.CallRecords.CountAsync(), await db.Audit.CountAsync()));
    }

    [Theory]
    [InlineData("", CallImportErrorCode.EmptyFile, 0)]
    [InlineData(CallRecordSamples.Header + "\n", CallImportErrorCode.NoRows, 0)]
    [InlineData("start_time,direction,answered\n2026-12-01 09:00,in,yes\n", CallImportErrorCode.MissingColumn, 1)]
    [InlineData(CallRecordSamples.Header + ",answered\n2026-12-01 09:00,in,1,4,yes,,yes\n", CallImportErrorCode.DuplicateColumn, 1)]
    [InlineData(CallRecordSamples.Header + "\n2026-12-01 09:00,in,\"1,4,yes,\n", CallImportErrorCode.UnclosedQuote, 2)]
    public async Task A_file_that_is_not_a_call_record_export_is_refused_as_a_whole(string csv, CallImportErrorCode code, int line)
    {
        var result = await RunAsync(csv);
        var first = result.Errors[0];
        Assert.Equal((code, line), (first.Code, first.Line));
        await using var db = _db.CreateDbContext();
        Assert.Equal(0, await db.CallRecords.CountAsync());
    }

    [Fact]
    public async Task Column_names_come_from_configuration_and_a_call_id_column_tells_calls_apart()
    {
        var columns = new CallRecordColumns("Start Time", "Call Direction", "Caller ID", "Ring Duration", "Status", "Agent", "Call ID");
        const string export = "Call ID,Start Time,Caller ID,Call Direction,Ring Duration,Status,Agent,Trunk\n" +
            "A-1,2026-12-01 09:00:00,+86 21 1111 0001,Incoming,00:00:05,Answered,Li Na,T1\n" +
            "A-2,2026-12-01 09:00:00,+86 21 1111 0001,Incoming,00:00:25,Missed,,T1\n";

        Assert.True(Import(columns).Recognizes(Encoding.UTF8.GetBytes(export)));
        Assert.False(Import().Recognizes(Encoding.UTF8.GetBytes(export)));
        Assert.False(Import(columns).Recognizes(Encoding.UTF8.GetBytes("name,email,phone,company\nAda,ada@x.com,,Acme\n")));
        var result = await RunAsync(export, columns);
        Assert.Equal(2, result.Added);
        // The phone system corrected a time: the same call ids are the same calls.
        var corrected = await RunAsync(export.Replace("09:00:00", "09:00:01", StringComparison.Ordinal), columns);
        Assert.Equal((0, 2), (corrected.Added, corrected.AlreadyImported));
        var report = await new AnswerTimes(_db, Rules).ForAsync(Tuesday, Tuesday);
        Assert.Equal((2, 1, 1, 50), (report.Total.Calls, report.Total.Answered, report.Total.WithinThreeRings, report.Total.Percent()));
    }

    [Fact]
    public async Task Without_call_records_the_staffs_own_report_on_the_days_messages_is_the_fallback()
    {
        await using (var db = _db.CreateDbContext())
        {
            var company = db.Companies.Add(new Data.Directory.Company { Name = "Contoso", CreatedAt = Rules.ToUtc(Tuesday) }).Entity;
            await db.SaveChangesAsync();
            foreach (var (speed, at) in new[] { (AnswerSpeed.WithinThreeRings, 2), (AnswerSpeed.WithinThreeRings, 3), (AnswerSpeed.Later, 4), (AnswerSpeed.MissedCalledBack, 5), (AnswerSpeed.Later, 30) })
            {
                db.PhoneMessages.Add(new PhoneMessage
                {
                    Reference = $"C-x-{at}",
                    CallerName = "Caller",
                    CompanyId = company.Id,
                    RecipientName = "Contoso",
                    CompanyName = "Contoso",
                    Message = "m",
                    AnswerSpeed = speed,
                    TakenAt = Rules.ToUtc(Tuesday).AddHours(at),
                    TakenBy = "a",
                    TakenByName = "A",
                    SubmitToken = $"t{at}",
                });
            }
            await db.SaveChangesAsync();
        }

        var report = await new AnswerTimes(_db, Rules).ForAsync(Tuesday, Tuesday);

        Assert.Equal(0, report.Total.Calls);
        // The 30th hour is Wednesday.
        Assert.Equal(new SelfReport(4, 2, 1, 1), report.SelfReport);
        Assert.Equal(50, report.SelfReport.Percent);
    }

    public void Dispose() => _db.Dispose();
}
