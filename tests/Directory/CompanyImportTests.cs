using FrontDesk.Data.Directory;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Tests.Directory;

public class CompanyImportTests : IDisposable
{
    private readonly ImportFixture _fixture = new();

    public void Dispose()
    {
        _fixture.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Companies_are_added_with_their_floor_suite_and_aliases_and_the_import_is_audited()
    {
        var result = await _fixture.RunAsync("""
            Name,Floor,Suite,Aliases
            Acme Ltd,3,301,"ACME; 艾克米 ;;Acme"
            Beta Studio,5,,
            """);

        Assert.True(result.Succeeded);
        Assert.Equal((ImportKind.Companies, 2, 0, 0), (result.Kind!.Value, result.Added, result.Updated, result.Unchanged));
        await using var db = _fixture.Database.CreateDbContext();
        var acme = await db.Companies.SingleAsync(c => c.Name == "Acme Ltd");
        Assert.Equal(("3", "301", "ACME;艾克米"), (acme.Floor, acme.Suite, acme.Aliases));
        Assert.Null((await db.Companies.SingleAsync(c => c.Name == "Beta Studio")).Suite);
        var audit = await db.Audit.SingleAsync();
        Assert.Equal(("desk:ada", "directory.import", "companies"), (audit.Actor, audit.Action, audit.Subject));
        Assert.Contains("\"added\":2", audit.Details, StringComparison.Ordinal);
        Assert.Equal(_fixture.Database.Clock.GetUtcNow(), audit.At);
    }

    [Fact]
    public async Task Importing_again_updates_by_name_adds_the_new_and_duplicates_nothing()
    {
        await _fixture.RunAsync("name,floor,suite,aliases\nAcme Ltd,3,301,ACME\nBeta Studio,5,502,\n");

        var result = await _fixture.RunAsync("name,floor,suite,aliases\nACME LTD,4,401,ACME\nBeta Studio,5,502,\nGamma Labs,7,,\n");

        Assert.True(result.Succeeded);
        Assert.Equal((1, 1, 1), (result.Added, result.Updated, result.Unchanged));
        await using var db = _fixture.Database.CreateDbContext();
        Assert.Equal(["ACME LTD", "Beta Studio", "Gamma Labs"], await db.Companies.OrderBy(c => c.Id).Select(c => c.Name).ToListAsync());
        Assert.Equal("4", (await db.Companies.SingleAsync(c => c.Name == "ACME LTD")).Floor);
        Assert.Equal(2, await db.Audit.CountAsync());
    }

    [Fact]
    public async Task Columns_left_out_of_the_file_keep_their_values()
    {
        await _fixture.RunAsync("name,floor,suite,aliases\nAcme Ltd,3,301,ACME\n");

        var result = await _fixture.RunAsync("suite,NAME,website\n309,Acme Ltd,https://acme.example\n");

        Assert.Equal(1, result.Updated);
        await using var db = _fixture.Database.CreateDbContext();
        var acme = await db.Companies.SingleAsync();
        Assert.Equal(("3", "309", "ACME"), (acme.Floor, acme.Suite, acme.Aliases));
    }

    [Fact]
    public async Task A_company_twice_in_the_file_is_an_error_naming_both_lines_and_nothing_is_written()
    {
        var before = await _fixture.DirectorySnapshotAsync();

        var result = await _fixture.RunAsync("name,floor\nAcme Ltd,3\nBeta Studio,5\nacme ltd,4\n");

        var error = Assert.Single(result.Errors);
        Assert.Equal(new ImportError(ImportErrorCode.DuplicateCompany, 4, "name", "acme ltd", 2), error);
        Assert.Equal(before, await _fixture.DirectorySnapshotAsync());
    }

    [Fact]
    public async Task A_line_without_a_name_is_an_error()
    {
        var result = await _fixture.RunAsync("name,floor\nAcme Ltd,3\n  ,5\n");

        Assert.Equal([new ImportError(ImportErrorCode.MissingValue, 3, "name")], result.Errors);
        Assert.Equal("audit:0", await _fixture.DirectorySnapshotAsync());
    }

    [Fact]
    public async Task Unquoted_aliases_with_semicolons_and_a_stray_quote_in_a_name_import_as_written()
    {
        var result = await _fixture.RunAsync("name,aliases\nO\"Brien & Co,OB;O'B;Brien\nAcme Ltd,ACME;艾克米\n");

        Assert.True(result.Succeeded);
        await using var db = _fixture.Database.CreateDbContext();
        Assert.Equal(["O\"Brien & Co|OB;O'B;Brien", "Acme Ltd|ACME;艾克米"],
            await db.Companies.OrderBy(c => c.Id).Select(c => c.Name + "|" + c.Aliases).ToListAsync());
    }
}
