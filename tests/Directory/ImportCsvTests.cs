using System.Text;
using FrontDesk.Data.Directory;

namespace FrontDesk.Tests.Directory;

public class ImportCsvTests
{
    private static (IReadOnlyList<CsvRecord>? Records, int UnclosedQuoteLine) Read(string text) => ImportCsv.Read(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Quoted_values_keep_commas_doubled_quotes_and_line_breaks_and_lines_are_counted()
    {
        var (records, _) = Read("name,notes\r\n\"Lovelace, Ada\",\"says \"\"hi\"\"\"\r\nGrace,\"two\r\nlines\"\r\nLinus,last\r\n");

        Assert.NotNull(records);
        Assert.Equal([1, 2, 3, 5], records.Select(r => r.Line));
        Assert.Equal(["Lovelace, Ada", "says \"hi\""], records[1].Fields);
        Assert.Equal(["Grace", "two\r\nlines"], records[2].Fields);
        Assert.Equal(["Linus", "last"], records[3].Fields);
    }

    [Fact]
    public void A_byte_order_mark_and_lf_or_cr_line_ends_are_understood()
    {
        var (records, _) = Read("\uFEFFname,floor\nAcme,3\rBeta,\n");

        Assert.NotNull(records);
        Assert.Equal(["name", "floor"], records[0].Fields);
        Assert.Equal(["Acme", "3"], records[1].Fields);
        Assert.Equal(["Beta", ""], records[2].Fields);
        Assert.Equal(3, records.Count);
    }

    [Fact]
    public void The_last_line_needs_no_line_break_and_blank_lines_still_count()
    {
        var (records, _) = Read("a,b\n\n \n\"\",c");

        Assert.NotNull(records);
        Assert.True(records[1].IsBlank);
        Assert.Equal(["", "c"], records[2].Fields);
        Assert.Equal([1, 3, 4], records.Select(r => r.Line));
    }

    [Fact]
    public void A_quote_that_never_closes_names_the_line_it_opened_on()
    {
        var (records, line) = Read("name,email\nAda,ada@example.com\n\"Grace,grace@example.com\nLinus,linus@example.com\n");

        Assert.Null(records);
        Assert.Equal(3, line);
    }

    [Fact]
    public void A_quote_that_never_closes_after_a_value_of_two_lines_names_its_own_line()
    {
        var (records, line) = Read("name,notes,floor\nAcme,\"two\r\nlines\",\"3\nBeta,x,5\n");

        Assert.Null(records);
        Assert.Equal(3, line);
    }

    [Fact]
    public void Stray_quotes_are_kept_as_text_and_the_lines_after_them_still_read()
    {
        var (records, _) = Read("name,floor\nO\"Brien Ltd,2\n\"Acme\" Ltd,3\nBeta,5\n");

        Assert.NotNull(records);
        Assert.Equal(["O\"Brien Ltd", "2"], records[1].Fields);
        Assert.Equal(["Acme Ltd", "3"], records[2].Fields);
        Assert.Equal(["Beta", "5"], records[3].Fields);
        Assert.Equal([1, 2, 3, 4], records.Select(r => r.Line));
    }

    [Fact]
    public void Only_commas_separate_values_even_when_semicolons_are_more_common()
    {
        var (records, _) = Read("name;x,aliases\nAcme,A;B;C\nBeta,D;E\n");

        Assert.NotNull(records);
        Assert.Equal(["name;x", "aliases"], records[0].Fields);
        Assert.Equal(["Acme", "A;B;C"], records[1].Fields);
    }
}
