using System.Text;
using FrontDesk.Data;

namespace FrontDesk.Tests;

public class SpreadsheetCsvTests
{
    [Fact]
    public void The_file_starts_with_a_byte_order_mark_a_bare_header_and_quoted_cells()
    {
        var bytes = SpreadsheetCsv.Write(["visitor", "host"], [["Zhang San", "王 \"Wang\", Li"], ["", "two\nlines"]]);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("visitor,host\r\n\"Zhang San\",\"王 \"\"Wang\"\", Li\"\r\n\"\",\"two\nlines\"\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }

    [Theory]
    [InlineData("=1+1")]
    [InlineData("+1")]
    [InlineData("-1")]
    [InlineData("@SUM(A1)")]
    [InlineData("\tx")]
    [InlineData("\rx")]
    public void A_cell_a_spreadsheet_would_run_as_a_formula_is_made_text(string value)
    {
        var text = Encoding.UTF8.GetString(SpreadsheetCsv.Write(["visitor"], [[value], ["a=b"]]).AsSpan(3));

        Assert.Equal($"visitor\r\n\"'{value}\"\r\n\"a=b\"\r\n", text);
    }
}
