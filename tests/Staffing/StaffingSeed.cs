using FrontDesk.Data;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Staffing;
using FrontDesk.Tests.Traffic;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Tests.Staffing;

// The desk's records behind the staffing table of Tuesday 1 Dec 2026 (Shanghai), with the default settings: the
// four weeks before it are 3–30 Nov, whose Tuesdays are 3, 10, 17 and 24 Nov. Only 3 and 10 Nov have records
// (the others count as closed), so every rate is that hour's count over both days / 2:
//   9:00  10 visitors + 20 phone messages a day  → 10 visitors and 20 calls an hour
//   10:00  4 visitors +  6 phone messages a day  →  4 and 6
//   12:00  2 phone messages a day                →  2 calls
//   14:00  6 mail items logged a day             →  6 mail items
// Records that must not count: Wednesday 4 Nov (another weekday) and Tuesday 27 Oct (five weeks before).
// The roster of 1 Dec: Li Na 08:00–16:00, Zhou Min 09:00–13:00, Wang Fang 14:30–18:00.
public static class StaffingSeed
{
    public static readonly DateOnly Day = new(2026, 12, 1);

    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    public static async Task WriteAsync(IDbContextFactory<FrontDeskDb> dbs)
    {
        await DeskRecords.WriteAsync(dbs, r =>
        {
            foreach (var day in new[] { 3, 10 })
            {
                Repeat(10, i => r.Visit(At(11, day, 9, i * 5)));
                Repeat(20, i => r.Message(At(11, day, 9, i * 2)));
                Repeat(4, i => r.Visit(At(11, day, 10, i * 10)));
                Repeat(6, i => r.Message(At(11, day, 10, (i * 7) + 3)));
                Repeat(2, i => r.Message(At(11, day, 12, i * 20)));
                Repeat(6, i => r.Mail(At(11, day, 14, i * 9)));
            }
            Repeat(30, i => r.Visit(At(11, 4, 9, i)));
            Repeat(30, i => r.Visit(At(10, 27, 9, i)));
        });
        await using var db = await dbs.CreateDbContextAsync();
        Shift(db, await StaffAsync(db, "Li Na"), 8, 0, 16, 0);
        Shift(db, await StaffAsync(db, "Zhou Min"), 9, 0, 13, 0);
        Shift(db, await StaffAsync(db, "Wang Fang"), 14, 30, 18, 0);
        await db.SaveChangesAsync();
    }

    private static DateTimeOffset At(int month, int day, int hour, int minute) => new(2026, month, day, hour, minute, 0, Shanghai);

    private static void Repeat(int times, Action<int> write)
    {
        for (var i = 0; i < times; i++)
        {
            write(i);
        }
    }

    private static async Task<StaffMember> StaffAsync(FrontDeskDb db, string name)
    {
        var email = name.ToLowerInvariant().Replace(' ', '.') + "@building.com";
        return await db.Staff.FirstOrDefaultAsync(s => s.Email == email)
               ?? db.Staff.Add(new StaffMember { Name = name, Email = email, Role = StaffRole.Staff, AddedAt = DateTimeOffset.UtcNow }).Entity;
    }

    private static void Shift(FrontDeskDb db, StaffMember staff, int startHour, int startMinute, int endHour, int endMinute) => db.Shifts.Add(new Shift
    {
        Staff = staff,
        Date = Day,
        Start = new TimeOnly(startHour, startMinute),
        End = new TimeOnly(endHour, endMinute),
        Source = ShiftSource.Card,
        CreatedAt = DateTimeOffset.UtcNow,
        CreatedBy = "test",
    });
}
