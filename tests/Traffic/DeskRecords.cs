using FrontDesk.Data;
using FrontDesk.Data.Calls;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Mail;
using FrontDesk.Data.Visits;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDesk.Tests.Traffic;

// Writes the desk's records straight into the database, each with only the time the traffic counts read: visits
// that arrived, phone messages, call records, mail logged and handed over. Times are given as the building's local
// time with its offset and stored in UTC, as the app stores them.
public sealed class DeskRecords(FrontDeskDb db)
{
    private int _n;
    private Member? _host;

    public static async Task WriteAsync(IDbContextFactory<FrontDeskDb> dbs, Action<DeskRecords> write)
    {
        await using var db = await dbs.CreateDbContextAsync();
        var records = new DeskRecords(db);
        await records.HostAsync();
        write(records);
        await db.SaveChangesAsync();
    }

    public static Task WriteAsync(Harness.TeamsHarness teams, Action<DeskRecords> write) =>
        WriteAsync(teams.App.Services.GetRequiredService<IDbContextFactory<FrontDeskDb>>(), write);

    public void Visit(DateTimeOffset arrived) => Visit((DateTimeOffset?)arrived);

    // An invitation whose visitor never came: no arrival, not counted.
    public void Expected(DateTimeOffset from) => Visit(null, from);

    public void Message(DateTimeOffset taken) => db.PhoneMessages.Add(new PhoneMessage
    {
        Reference = $"C-{++_n}",
        CallerName = "Caller",
        CompanyId = _host!.CompanyId,
        RecipientName = "Host",
        CompanyName = "Contoso",
        Message = "Hello",
        AnswerSpeed = AnswerSpeed.WithinThreeRings,
        TakenAt = taken.ToUniversalTime(),
        TakenBy = "aad-desk",
        TakenByName = "Desk",
        SubmitToken = $"m{_n}",
    });

    public void Call(DateTimeOffset started, CallDirection direction = CallDirection.Inbound, bool answered = true) => db.CallRecords.Add(new CallRecord
    {
        Key = $"call-{++_n}",
        StartedAt = started.ToUniversalTime(),
        Direction = direction,
        Answered = answered,
        WaitSeconds = answered ? 5 : 30,
        ImportedAt = started.ToUniversalTime(),
        ImportedBy = "test",
    });

    public void Mail(DateTimeOffset received, DateTimeOffset? closed = null, MailStatus closedAs = MailStatus.PickedUp) => db.MailItems.Add(new MailItem
    {
        Serial = $"M-{++_n}",
        CompanyId = _host!.CompanyId,
        RecipientName = "Host",
        CompanyName = "Contoso",
        Kind = MailKind.Letter,
        Status = closed is null ? MailStatus.Received : closedAs,
        ReceivedAt = received.ToUniversalTime(),
        LoggedBy = "aad-desk",
        LoggedByName = "Desk",
        SubmitToken = $"mail{_n}",
        ClosedAt = closed?.ToUniversalTime(),
    });

    private void Visit(DateTimeOffset? arrived, DateTimeOffset? expected = null) => db.Visits.Add(new Visit
    {
        Status = arrived is null ? VisitStatus.Expected : VisitStatus.CheckedOut,
        VisitorName = $"Visitor {++_n}",
        Purpose = "Meeting",
        HostMemberId = _host!.Id,
        CompanyId = _host.CompanyId,
        CreatedAt = (arrived ?? expected)!.Value.ToUniversalTime(),
        CreatedBy = "test",
        ArrivedAt = arrived?.ToUniversalTime(),
        ExpectedFrom = expected?.ToUniversalTime(),
    });

    private async Task HostAsync()
    {
        _host = await db.Members.FirstOrDefaultAsync();
        if (_host is null)
        {
            var company = db.Companies.Add(new Company { Name = "Traffic Test Co", CreatedAt = DateTimeOffset.UtcNow }).Entity;
            _host = db.Members.Add(new Member { Company = company, Name = "Host", Email = "host@traffic.example", CreatedAt = DateTimeOffset.UtcNow }).Entity;
            await db.SaveChangesAsync();
        }
    }
}
