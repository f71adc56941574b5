using CsvHelper;

namespace FrontDesk.Data.Directory;

// One CSV record and the line of the file it starts on (a quoted value may span lines).
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields)
{
    public bool IsBlank => Fields.All(string.IsNullOrWhiteSpace);
}

// Reads the whole file with CsvHelper before anything is checked, so every line can be checked before any is written.
public static class ImportCsv
{
    // Comma only: a detected separator could take a company's "A;B" aliases for columns.
    private static readonly CsvReaderOptions Options = CsvReaderOptions.Default with
    {
        Separator = ',',
        HasHeader = false,
        Mode = CsvMode.Rfc4180,
        AllowLineBreaksInQuotes = true,
        SkipEmptyLines = true,
        TrackLineNumbers = true,
        MalformedData = CsvMalformedDataHandling.Recover,
        FieldCountMismatch = CsvFieldCountHandling.Allow,
        MissingField = CsvMissingFieldHandling.ReturnEmpty,
    };

    // Returns the records of UTF-8 text (a byte order mark is ignored), or null with the line of a quoted
    // value that never closes. Other stray quotes are kept as text, as spreadsheets read them.
    public static (IReadOnlyList<CsvRecord>? Records, int UnclosedQuoteLine) Read(byte[] utf8)
    {
        long unclosedAt = 0;
        var options = Options with
        {
            OnMalformedRecord = m => unclosedAt = m.Reason == CsvMalformedReason.UnterminatedQuote ? m.LineNumber : unclosedAt,
        };
        var records = new List<CsvRecord>();
        using var reader = CsvReader.Create(utf8, options);
        while (reader.Read())
        {
            if (unclosedAt != 0 && unclosedAt == reader.LineNumber)
            {
                return (null, QuoteLine(reader));
            }
            var fields = new string[reader.FieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = reader.GetString(i);
            }
            records.Add(new CsvRecord((int)reader.LineNumber, fields));
        }
        return (records, 0);
    }

    // The unclosed value runs to the end of the file, so it is the last field: its quote opened after the
    // line breaks of the fields before it.
    private static int QuoteLine(CsvReader reader)
    {
        var line = (int)reader.LineNumber;
        for (var i = 0; i < reader.FieldCount - 1; i++)
        {
            var raw = reader.GetRawSpan(i);
            line += raw.Count((byte)'\n') + raw.Count((byte)'\r') - raw.Count("\r\n"u8);
        }
        return line;
    }
}
