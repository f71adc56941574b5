using System.Text;

namespace FrontDesk.Data.Directory;

// One CSV record and the line of the file it starts on (a quoted value may span lines).
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields)
{
    public bool IsBlank => Fields.All(string.IsNullOrWhiteSpace);
}

// RFC 4180 CSV as spreadsheets write it: comma-separated, values in double quotes may hold commas, line breaks
// and doubled quotes; CRLF, LF or CR ends a record; a leading byte order mark is ignored.
public static class CsvReader
{
    // Returns the records, or null with the line of a quoted value that never closes.
    public static (IReadOnlyList<CsvRecord>? Records, int UnclosedQuoteLine) Parse(string text)
    {
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoteLine = 0;
        var inQuotes = false;
        var atFieldStart = true;
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;

        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    inQuotes = false;
                }
                else
                {
                    if (c == '\n' || (c == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
                    {
                        line++;
                    }
                    field.Append(c);
                }
                continue;
            }
            switch (c)
            {
                case '"' when atFieldStart:
                    inQuotes = true;
                    quoteLine = line;
                    atFieldStart = false;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    atFieldStart = true;
                    break;
                case '\r' or '\n':
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }
                    fields.Add(field.ToString());
                    field.Clear();
                    records.Add(new CsvRecord(recordLine, fields));
                    fields = [];
                    atFieldStart = true;
                    line++;
                    recordLine = line;
                    break;
                default:
                    // A quote inside an unquoted value is kept as text, as spreadsheets read it.
                    field.Append(c);
                    atFieldStart = false;
                    break;
            }
        }
        if (inQuotes)
        {
            return (null, quoteLine);
        }
        if (fields.Count > 0 || field.Length > 0 || !atFieldStart)
        {
            fields.Add(field.ToString());
            records.Add(new CsvRecord(recordLine, fields));
        }
        return (records, 0);
    }
}
