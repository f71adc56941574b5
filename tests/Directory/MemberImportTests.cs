using FrontDesk.Data.Directory;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Tests.Directory;

public class MemberImportTests : IDisposable
{
    private readonly ImportFixture _fixture = new();

    public MemberImportTests()
    {
        var companies = _fixture.RunAsync("name,floor,suite,aliases\nAcme Ltd,3,301,ACME;艾克米\nBeta Studio,5,502,Beta\nGamma Labs,7,,Beta\n").GetAwaiter().GetResult();
        Assert.True(companies.Succeeded);
    }

    public void Dispose()
    {
        _fixture.Dispose();
        GC.SuppressFinalize(this);
    }

    private async Task<ImportResult> RejectedAsync(string csv)
    {
        var before = await _fixture.DirectorySnapshotAsync();
        var result = await _fixture.RunAsync(csv);
        Assert.False(result.Succeeded);
        Assert.Equal(before, await _fixture.DirectorySnapshotAsync());
        return result;
    }

    [Fact]
    public async Task Members_are_added_under_their_company_by_name_or_alias_with_emails_lower_case()
    {
        var result = await _fixture.RunAsync("""
            Email,Name,Company,Phone,Desk
            " Ada.Lovelace@Example.COM ",Ada Lovelace,acme ltd,+86 21 5555 0101,A-1
            grace@example.com,Grace Hopper,艾克米,,B-2
            """);

        Assert.True(result.Succeeded, string.Join(", ", result.Errors));
        Assert.Equal((ImportKind.Members, 2, 0, 0), (result.Kind!.Value, result.Added, result.Updated, result.Unchanged));
        await using var db = _fixture.Database.CreateDbContext();
        var members = await db.Members.Include(m => m.Company).OrderBy(m => m.Email).ToListAsync();
        Assert.Equal(["ada.lovelace@example.com", "grace@example.com"], members.Select(m => m.Email));
        Assert.All(members, m => Assert.Equal("Acme Ltd", m.Company!.Name));
        Assert.Equal("+86 21 5555 0101", members[0].Phone);
        Assert.Null(members[1].Phone);
    }

    [Fact]
    public async Task Importing_again_updates_by_email_moves_people_between_companies_and_duplicates_nothing()
    {
        await _fixture.RunAsync("name,email,phone,company\nAda Lovelace,ada@example.com,111,Acme Ltd\nGrace Hopper,grace@example.com,222,Acme Ltd\n");

        var result = await _fixture.RunAsync("name,email,phone,company\nAda Lovelace,ADA@example.com,111,Acme Ltd\nGrace Hopper,grace@example.com,333,Gamma Labs\nLinus T,linus@example.com,,Beta Studio\n");

        Assert.True(result.Succeeded, string.Join(", ", result.Errors));
        Assert.Equal((1, 1, 1), (result.Added, result.Updated, result.Unchanged));
        await using var db = _fixture.Database.CreateDbContext();
        Assert.Equal(3, await db.Members.CountAsync());
        var grace = await db.Members.Include(m => m.Company).SingleAsync(m => m.Email == "grace@example.com");
        Assert.Equal(("Gamma Labs", "333"), (grace.Company!.Name, grace.Phone));
    }

    [Fact]
    public async Task A_file_without_a_phone_column_keeps_the_phones_on_record()
    {
        await _fixture.RunAsync("name,email,phone,company\nAda Lovelace,ada@example.com,111,Acme Ltd\n");

        var result = await _fixture.RunAsync("company,email,name\nAcme Ltd,ada@example.com,Ada King\n");

        Assert.Equal(1, result.Updated);
        await using var db = _fixture.Database.CreateDbContext();
        var ada = await db.Members.SingleAsync();
        Assert.Equal(("Ada King", "111"), (ada.Name, ada.Phone));
    }

    [Fact]
    public async Task A_missing_required_column_is_one_error_naming_it()
    {
        var result = await RejectedAsync("name,phone,company\nAda Lovelace,111,Acme Ltd\n");

        Assert.Equal([new ImportError(ImportErrorCode.MissingColumn, 1, "email")], result.Errors);
    }

    [Fact]
    public async Task The_same_email_twice_names_both_lines()
    {
        var result = await RejectedAsync("name,email,company\nAda,ada@example.com,Acme Ltd\nGrace,grace@example.com,Acme Ltd\nAda again,ADA@example.com ,Acme Ltd\n");

        Assert.Equal([new ImportError(ImportErrorCode.DuplicateEmail, 4, "email", "ada@example.com", 2)], result.Errors);
    }

    [Fact]
    public async Task An_unknown_or_ambiguous_company_is_an_error_with_its_line()
    {
        var result = await RejectedAsync("name,email,company\nAda,ada@example.com,Acme Ltd\nGrace,grace@example.com,Initech\nLinus,linus@example.com,Beta\n");

        Assert.Equal(
            [
                new ImportError(ImportErrorCode.UnknownCompany, 3, "company", "Initech"),
                new ImportError(ImportErrorCode.AmbiguousCompany, 4, "company", "Beta"),
            ],
            result.Errors);
    }

    [Theory]
    [InlineData("ada-at-example.com")]
    [InlineData("ada@example")]
    [InlineData("Ada <ada@example.com>")]
    [InlineData("ada@exa mple.com")]
    public async Task A_malformed_email_is_an_error(string email)
    {
        var result = await RejectedAsync($"name,email,company\nAda,\"{email}\",Acme Ltd\n");

        Assert.Equal([new ImportError(ImportErrorCode.BadEmail, 2, "email", email)], result.Errors);
    }

    [Fact]
    public async Task Every_problem_of_the_file_is_reported_not_just_the_first()
    {
        var result = await RejectedAsync("name,email,company\n,ada@example.com,Acme Ltd\nGrace,,\nLinus,linus@,Acme Ltd\n");

        Assert.Equal(
            [
                new ImportError(ImportErrorCode.MissingValue, 2, "name"),
                new ImportError(ImportErrorCode.MissingValue, 3, "email"),
                new ImportError(ImportErrorCode.MissingValue, 3, "company"),
                new ImportError(ImportErrorCode.BadEmail, 4, "email", "linus@"),
            ],
            result.Errors);
    }

    [Fact]
    public async Task Quoted_values_with_commas_and_line_breaks_import_and_later_lines_keep_their_numbers()
    {
        var result = await RejectedAsync("name,email,company\n\"Lovelace, Ada\",ada@example.com,Acme Ltd\n\"Grace\nHopper\",grace@example.com,Acme Ltd\nLinus,linus@example.com,Nowhere Inc\n");
        Assert.Equal([new ImportError(ImportErrorCode.UnknownCompany, 5, "company", "Nowhere Inc")], result.Errors);

        var good = await _fixture.RunAsync("name,email,company\n\"Lovelace, Ada\",ada@example.com,\"Acme Ltd\"\n\"Grace \"\"Amazing\"\" Hopper\",grace@example.com,Acme Ltd\n");

        Assert.Equal(2, good.Added);
        await using var db = _fixture.Database.CreateDbContext();
        Assert.Equal(["Lovelace, Ada", "Grace \"Amazing\" Hopper"], await db.Members.OrderBy(m => m.Id).Select(m => m.Name).ToListAsync());
    }

    [Fact]
    public async Task A_file_saved_with_a_byte_order_mark_and_crlf_imports()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat("name,email,company\r\nAda,ada@example.com,Acme Ltd\r\n"u8.ToArray()).ToArray();

        var result = await _fixture.RunAsync(bytes);

        Assert.Equal((true, 1), (result.Succeeded, result.Added));
    }
}
