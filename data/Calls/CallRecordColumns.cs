using FrontDesk.Data.Directory;

namespace FrontDesk.Data.Calls;

// The header names of the phone system's export, as configured: every phone system names its columns its own
// way. AnsweredBy and CallId may be missing from a file; the others must be there.
public sealed record CallRecordColumns(string StartTime, string Direction, string CallerNumber, string WaitSeconds, string Answered, string AnsweredBy, string CallId)
{
    public static CallRecordColumns Default { get; } = new("start_time", "direction", "caller_number", "ring_seconds", "answered", "answered_by", "call_id");

    public IReadOnlyList<string> Required => [StartTime, Direction, CallerNumber, WaitSeconds, Answered];

    public IReadOnlyList<string> All => [.. Required, AnsweredBy, CallId];
}

// Where each configured column is in one file's header.
public sealed class CallRecordTable
{
    private readonly Dictionary<string, int> _columns;

    private CallRecordTable(Dictionary<string, int> columns) => _columns = columns;

    public bool Has(string column) => _columns.ContainsKey(column);

    // The trimmed value of a column in a record; "" when the column is absent or the record is shorter.
    public string Value(CsvRecord record, string column) =>
        _columns.TryGetValue(column, out var index) && index < record.Fields.Count ? record.Fields[index].Trim() : "";

    // The file's header names every required column (a call-record file, not a directory file).
    public static bool Recognizes(CsvRecord header, CallRecordColumns columns)
    {
        var names = header.Fields.Select(f => f.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return columns.Required.All(names.Contains);
    }

    public static CallRecordTable? Read(CsvRecord header, CallRecordColumns columns, CallImportProblems problems)
    {
        var found = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Fields.Count; i++)
        {
            var name = header.Fields[i].Trim();
            if (!columns.All.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }
            if (!found.TryAdd(name, i))
            {
                problems.Add(CallImportErrorCode.DuplicateColumn, header.Line, name);
            }
        }
        foreach (var missing in columns.Required.Where(c => !found.ContainsKey(c)))
        {
            problems.Add(CallImportErrorCode.MissingColumn, header.Line, missing);
        }
        return problems.Any ? null : new CallRecordTable(found);
    }
}
