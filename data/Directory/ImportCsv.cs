using CsvHelper;

namespace FrontDesk.Data.Directory;

// One CSV record and the line of the file it starts on (a quoted value may span lines).
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields)
{
    public bool IsBlank => Fields.All(string.IsNullOrWhiteSpace);
}

// Why an uploaded file cannot be read at all (before any of its lines is looked at).
public enum ImportFileProblem
{
    None,
    TooLarge,
    NotUtf8,
    UnclosedQuote,
    Empty,
}

// Reads the whole file with CsvHelper before anything is checked, so every line can be checked before any is written.
public static class ImportCsv
{
    // The file's non-blank records, or why the file as a whole cannot be read (with the line, for an unclosed quote):
    // the rules every import (directory, call records, roster) applies to a file. null: the file was over the limit.
    public static (IReadOnlyList<CsvRecord> Records, ImportFileProblem Problem, int Line) ReadFile(byte[]? csv, int maxBytes)
    {
        if (csv is null || csv.Length > maxBytes)
        {
            return ([], ImportFileProblem.TooLarge, 0);
        }
        if (!System.Text.Unicode.Utf8.IsValid(csv))
        {
            return ([], ImportFileProblem.NotUtf8, 0);
        }
        var (records, unclosedQuoteLine) = Read(csv);
        if (records is null)
        {
            return ([], ImportFileProblem.UnclosedQuote, unclosedQuoteLine);
        }
        var nonBlank = records.Where(r => !r.IsBlank).ToList();
        return nonBlank.Count == 0 ? ([], ImportFileProblem.Empty, 0) : (nonBlank, ImportFileProblem.None, 0);
    }

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
