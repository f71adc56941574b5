using System.Text;
using FrontDesk.Data;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Staffing;
using FrontDesk.Tests.Harness;

namespace FrontDesk.Tests.Staffing;

// What is wrong with a roster file as a whole (line-by-line problems are in RosterTeamsTests).
public sealed class RosterImportTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    private RosterImport Import() => new(_db, new BuildingTime(TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"), _db.Clock));

    private async Task<IReadOnlyList<RosterImportError>> ErrorsAsync(byte[] file)
    {
        var result = await Import().ImportAsync(file, "test");
        Assert.False(result.Succeeded);
        using var db = _db.CreateDbContext();
        Assert.Empty(db.Shifts);
        return result.Errors;
    }

    [Fact]
    public async Task A_file_that_cannot_be_read_as_a_roster_says_why_and_writes_nothing()
    {
        using (var db = _db.CreateDbContext())
        {
            db.Staff.Add(new StaffMember { Name = "Li Na", Email = "li.na@building.com", Role = StaffRole.Staff });
            db.SaveChanges();
        }
        static byte[] Text(string csv) => Encoding.UTF8.GetBytes(csv);

        Assert.Equal(RosterImportErrorCode.EmptyFile, Assert.Single(await ErrorsAsync(Text("\n\n"))).Code);
        Assert.Equal(RosterImportErrorCode.NotUtf8, Assert.Single(await ErrorsAsync([0x65, 0x6D, 0xFF, 0xFE, 0x0A])).Code);
        Assert.Equal(RosterImportErrorCode.FileTooLarge, Assert.Single(await ErrorsAsync(new byte[RosterImport.MaxBytes + 1])).Code);
        Assert.Equal(RosterImportErrorCode.NoRows, Assert.Single(await ErrorsAsync(Text("email,date,start,end\n"))).Code);
        Assert.Equal(new RosterImportError(RosterImportErrorCode.UnclosedQuote, 3),
            Assert.Single(await ErrorsAsync(Text("email,date,start,end\nli.na@building.com,2026-12-01,08:00,16:00\n\"li.na@building.com,2026-12-02,08:00,16:00\n"))));
        Assert.Equal(new RosterImportError(RosterImportErrorCode.DuplicateColumn, 1, RosterTable.Date, "日期"),
            Assert.Single(await ErrorsAsync(Text("email,date,日期,start,end\nli.na@building.com,2026-12-01,2026-12-01,08:00,16:00\n"))));
        Assert.Equal([RosterTable.Staff, RosterTable.Start], (await ErrorsAsync(Text("date,end\n2026-12-01,16:00\n"))).Select(e => e.Column));
        Assert.Equal(RosterImportErrorCode.TooManyRows,
            Assert.Single(await ErrorsAsync(Text("email,date,start,end\n" + string.Concat(Enumerable.Repeat("li.na@building.com,2026-12-01,08:00,09:00\n", RosterImport.MaxRows + 1))))).Code);

        // A roster file is told from a directory file by its header.
        Assert.True(Import().Recognizes(Text("员工,日期,开始,结束\n")));
        Assert.False(Import().Recognizes(Text("name,email,phone,company\n")));
    }
}
