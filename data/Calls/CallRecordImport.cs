using System.Globalization;
using System.Text.Json;
using System.Text.Unicode;
using FrontDesk.Data.Audit;
using FrontDesk.Data.Directory;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Calls;

// Imports the phone system's call detail records from CSV, by the directory import's rules: every line is
// checked first, any error and nothing is written; calls already imported (by their key) are not added again.
public sealed class CallRecordImport(IDbContextFactory<FrontDeskDb> dbs, TimeProvider clock, CallRules rules, CallRecordColumns columns)
{
    public const int MaxBytes = 1024 * 1024;
    public const int MaxRows = 20000;
    public const int MaxErrors = 100;
    public const int KeyLength = 200;
    public const int TextLength = 100;
    public const string AuditAction = "calls.import";

    public CallRecordColumns Columns => columns;

    // The file's first line names this import's columns: it is a call-record file.
    public bool Recognizes(byte[] csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var (records, _) = ImportCsv.Read(csv);
        return records?.FirstOrDefault(r => !r.IsBlank) is { } header && CallRecordTable.Recognizes(header, columns);
    }

    public async Task<CallImportResult> ImportAsync(byte[] csv, string actor, string? source = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var problems = new CallImportProblems(MaxErrors);
        var rows = ReadRows(csv, problems, out var table);
        if (rows is null || table is null)
        {
            return CallImportResult.Failed(problems);
        }
        var calls = Check(table, rows, problems);
        if (problems.Any)
        {
            return CallImportResult.Failed(problems);
        }

        await using var db = await dbs.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var keys = calls.Select(c => c.Key).ToList();
        var known = (await db.CallRecords.Where(r => keys.Contains(r.Key)).Select(r => r.Key).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var now = clock.GetUtcNow();
        var added = calls.Where(c => !known.Contains(c.Key)).ToList();
        foreach (var call in added)
        {
            call.ImportedAt = now;
            call.ImportedBy = actor;
            db.CallRecords.Add(call);
        }
        db.Audit.Add(new AuditEntry
        {
            At = now,
            Actor = actor,
            Action = AuditAction,
            Subject = "call records",
            Details = JsonSerializer.Serialize(new { source, rows = calls.Count, added = added.Count, alreadyImported = known.Count }),
        });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new([], false, added.Count, calls.Count - added.Count,
            rules.LocalDay(calls.Min(c => c.StartedAt)), rules.LocalDay(calls.Max(c => c.StartedAt)));
    }

    // The records below the header, or null with the file's problem.
    private List<CsvRecord>? ReadRows(byte[] csv, CallImportProblems problems, out CallRecordTable? table)
    {
        table = null;
        var (nonBlank, fileProblem, line) = ImportCsv.ReadFile(csv, MaxBytes);
        if (fileProblem != ImportFileProblem.None)
        {
            problems.Add(fileProblem switch
            {
                ImportFileProblem.TooLarge => CallImportErrorCode.FileTooLarge,
                ImportFileProblem.NotUtf8 => CallImportErrorCode.NotUtf8,
                ImportFileProblem.UnclosedQuote => CallImportErrorCode.UnclosedQuote,
                _ => CallImportErrorCode.EmptyFile,
            }, line, value: fileProblem == ImportFileProblem.TooLarge ? (MaxBytes / 1024).ToString(CultureInfo.InvariantCulture) : null);
            return null;
        }
        table = CallRecordTable.Read(nonBlank[0], columns, problems);
        var rows = nonBlank.Skip(1).ToList();
        if (table is not null && (rows.Count == 0 || rows.Count > MaxRows))
        {
            problems.Add(rows.Count == 0 ? CallImportErrorCode.NoRows : CallImportErrorCode.TooManyRows, 0,
                value: (rows.Count == 0 ? 0 : MaxRows).ToString(CultureInfo.InvariantCulture));
        }
        return problems.Any ? null : rows;
    }

    private List<CallRecord> Check(CallRecordTable table, List<CsvRecord> rows, CallImportProblems problems)
    {
        var calls = new List<CallRecord>(rows.Count);
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (new CallRecordLine(table, columns, row, problems).Read(rules) is not { } call)
            {
                continue;
            }
            if (!firstLine.TryAdd(call.Key, row.Line))
            {
                problems.Add(CallImportErrorCode.DuplicateCall, row.Line, otherLine: firstLine[call.Key]);
                continue;
            }
            calls.Add(call);
        }
        return calls;
    }
}
