using System.Text;
using FrontDesk.Data.Directory;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Tests.Directory;

public class ImportFileLimitsTests : IDisposable
{
    private readonly ImportFixture _fixture = new();

    public void Dispose()
    {
        _fixture.Dispose();
        GC.SuppressFinalize(this);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF")]
    [InlineData("\r\n \r\n,,\r\n")]
    public async Task An_empty_file_is_one_error(string csv)
    {
        var result = await _fixture.RunAsync(csv);

        Assert.Equal([new ImportError(ImportErrorCode.EmptyFile, 0)], result.Errors);
        Assert.Equal("audit:0", await _fixture.DirectorySnapshotAsync());
    }

    [Fact]
    public async Task A_header_without_lines_and_a_header_of_unknown_columns_are_errors()
    {
        Assert.Equal([new ImportError(ImportErrorCode.NoRows, 0, Value: "0")], (await _fixture.RunAsync("name,email,company\n")).Errors);
        Assert.Equal(ImportErrorCode.UnknownHeader, Assert.Single((await _fixture.RunAsync("who,where\nAda,3\n")).Errors).Code);
        Assert.Equal(
            new ImportError(ImportErrorCode.DuplicateColumn, 1, "email", "E-mail"),
            Assert.Single((await _fixture.RunAsync("name,email,company,E-mail\nAda,a@example.com,Acme,b@example.com\n")).Errors));
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_unread()
    {
        var csv = "name,floor\n" + string.Concat(Enumerable.Range(0, 60_000).Select(i => $"Company number {i},3\n"));
        Assert.True(Encoding.UTF8.GetByteCount(csv) > DirectoryImport.MaxBytes);

        var result = await _fixture.RunAsync(csv);

        Assert.Equal([new ImportError(ImportErrorCode.FileTooLarge, 0, Value: "1024")], result.Errors);
        Assert.Equal("audit:0", await _fixture.DirectorySnapshotAsync());
    }

    [Fact]
    public async Task More_lines_than_the_limit_are_refused()
    {
        var csv = "name\n" + string.Concat(Enumerable.Range(0, DirectoryImport.MaxRows + 1).Select(i => $"C{i}\n"));

        var result = await _fixture.RunAsync(csv);

        Assert.Equal([new ImportError(ImportErrorCode.TooManyRows, 0, Value: "5000")], result.Errors);
        Assert.Equal("audit:0", await _fixture.DirectorySnapshotAsync());
    }

    [Fact]
    public async Task A_file_at_the_line_limit_imports_every_member()
    {
        await _fixture.RunAsync("name\nAcme Ltd\n");
        var csv = "name,email,company\n" + string.Concat(Enumerable.Range(0, DirectoryImport.MaxRows).Select(i => $"Person {i},p{i}@example.com,Acme Ltd\n"));

        var result = await _fixture.RunAsync(csv);

        Assert.Equal((true, DirectoryImport.MaxRows), (result.Succeeded, result.Added));
        await using var db = _fixture.Database.CreateDbContext();
        Assert.Equal(DirectoryImport.MaxRows, await db.Members.CountAsync());
    }

    [Fact]
    public async Task A_file_that_is_not_utf8_is_refused()
    {
        // "name\nCafé" as Windows-1252: the é is one byte that UTF-8 does not allow here.
        var result = await _fixture.RunAsync([.. "name\nCaf"u8, 0xE9, (byte)'\n']);

        Assert.Equal([new ImportError(ImportErrorCode.NotUtf8, 0)], result.Errors);
    }

    [Fact]
    public async Task A_quote_never_closed_is_refused_with_its_line()
    {
        var result = await _fixture.RunAsync("name,floor\nAcme,3\n\"Beta,5\nGamma,7\n");

        Assert.Equal([new ImportError(ImportErrorCode.UnclosedQuote, 3)], result.Errors);
    }

    [Fact]
    public async Task A_file_full_of_errors_lists_the_first_hundred_and_says_there_are_more()
    {
        var csv = "name,email,company\n" + string.Concat(Enumerable.Range(0, 150).Select(i => $"P{i},not-an-email-{i},Acme\n"));

        var result = await _fixture.RunAsync(csv);

        Assert.Equal(DirectoryImport.MaxErrors, result.Errors.Count);
        Assert.True(result.MoreErrors);
        Assert.Equal(2, result.Errors[0].Line);
        Assert.Equal("audit:0", await _fixture.DirectorySnapshotAsync());
    }
}
