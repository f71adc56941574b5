using FrontDesk.Data.Directory;

namespace FrontDesk.Tests.Data;

public class CsvReaderTests
{
    [Fact]
    public void Quoted_values_keep_commas_doubled_quotes_and_line_breaks_and_lines_are_counted()
    {
        var (records, _) = CsvReader.Parse("name,notes\r\n\"Lovelace, Ada\",\"says \"\"hi\"\"\"\r\nGrace,\"two\r\nlines\"\r\nLinus,last\r\n");

        Assert.NotNull(records);
        Assert.Equal([1, 2, 3, 5], records.Select(r => r.Line));
        Assert.Equal(["Lovelace, Ada", "says \"hi\""], records[1].Fields);
        Assert.Equal(["Grace", "two\r\nlines"], records[2].Fields);
        Assert.Equal(["Linus", "last"], records[3].Fields);
    }

    [Fact]
    public void A_byte_order_mark_and_lf_or_cr_line_ends_are_understood()
    {
        var (records, _) = CsvReader.Parse("\uFEFFname,floor\nAcme,3\rBeta,\n");

        Assert.NotNull(records);
        Assert.Equal(["name", "floor"], records[0].Fields);
        Assert.Equal(["Acme", "3"], records[1].Fields);
        Assert.Equal(["Beta", ""], records[2].Fields);
        Assert.Equal(3, records.Count);
    }

    [Fact]
    public void The_last_line_needs_no_line_break_and_blank_lines_are_blank_records()
    {
        var (records, _) = CsvReader.Parse("a,b\n\n\"\",c");

        Assert.NotNull(records);
        Assert.True(records[1].IsBlank);
        Assert.Equal(["", "c"], records[2].Fields);
        Assert.Equal(3, records[2].Line);
    }

    [Fact]
    public void A_quote_that_never_closes_names_the_line_it_opened_on()
    {
        var (records, line) = CsvReader.Parse("name,email\nAda,ada@example.com\n\"Grace,grace@example.com\nLinus,linus@example.com\n");

        Assert.Null(records);
        Assert.Equal(3, line);
    }
}
