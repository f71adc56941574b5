using System.Text;
using FrontDesk.Data.Directory;
using FrontDesk.Tests.Harness;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Tests.Directory;

// A test database with the directory import, and a picture of every directory row to compare before/after.
public sealed class ImportFixture : IDisposable
{
    public ImportFixture() => Import = new DirectoryImport(Database, Database.Clock);

    public TestDatabase Database { get; } = new();

    public DirectoryImport Import { get; }

    public Task<ImportResult> RunAsync(string csv, string actor = "desk:ada") => RunAsync(Encoding.UTF8.GetBytes(csv), actor);

    public async Task<ImportResult> RunAsync(byte[] bytes, string actor = "desk:ada")
    {
        using var stream = new MemoryStream(bytes);
        return await Import.ImportAsync(stream, actor, "test.csv");
    }

    public async Task<string> DirectorySnapshotAsync()
    {
        await using var db = Database.CreateDbContext();
        var companies = await db.Companies.OrderBy(c => c.Id).Select(c => $"{c.Id}|{c.Name}|{c.Floor}|{c.Suite}|{c.Aliases}").ToListAsync();
        var members = await db.Members.OrderBy(m => m.Id).Select(m => $"{m.Id}|{m.CompanyId}|{m.Name}|{m.Email}|{m.Phone}|{m.Active}").ToListAsync();
        var audit = await db.Audit.CountAsync();
        return string.Join("\n", companies.Concat(members).Append($"audit:{audit}"));
    }

    public void Dispose() => Database.Dispose();
}
