using CsvHelper;

namespace FrontDesk.Data;

// A CSV as a spreadsheet opens it: UTF-8 with a byte order mark (so Excel reads Chinese names), the
// header bare and every cell quoted, and a cell starting with = + - @ tab or CR made text with a leading '
// so a spreadsheet never runs anyone's "name" as a formula.
public static class SpreadsheetCsv
{
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        Injection = CsvInjection.Escape,
        InjectionCharacters = "=+-@\t\r",
        InjectionEscape = '\'',
        WriteByteOrderMark = true,
    };

    public static byte[] Write(string[] header, IEnumerable<string[]> rows)
    {
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, Options, leaveOpen: true))
        {
            csv.WriteHeader(header);
            foreach (var row in rows)
            {
                foreach (var cell in row)
                {
                    csv.WriteField(cell, CsvQuoting.Always);
                }
                csv.EndRecord();
            }
        }
        return buffer.ToArray();
    }
}
