using System.Globalization;
using System.Text.Json;
using System.Text.Unicode;
using FrontDesk.Data.Audit;
using FrontDesk.Data.Directory;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Staffing;

// Imports a month's roster from CSV by the directory import's rules: every line is checked first, each error is
// listed with its line number, and any error writes nothing. The file is the roster of the months it covers:
// from today on, those months' shifts become exactly the file's (shifts added by card that the file leaves out
// go), so importing the same file again changes nothing. Lines before today are checked but the past stays as it was.
public sealed class RosterImport(IDbContextFactory<FrontDeskDb> dbs, BuildingTime time)
{
    public const int MaxBytes = 1024 * 1024;
    public const int MaxRows = 3000;
    public const int MaxErrors = 100;
    public const string AuditAction = "roster.import";

    // The file's first line names a roster's columns.
    public bool Recognizes(byte[] csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var (records, _) = ImportCsv.Read(csv);
        return records?.FirstOrDefault(r => !r.IsBlank) is { } header && RosterTable.Recognizes(header);
    }

    public async Task<RosterImportResult> ImportAsync(byte[] csv, string actor, string? source = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var problems = new RosterImportProblems(MaxErrors);
        if (ReadRows(csv, problems, out var table) is not { } rows || table is null)
        {
            return RosterImportResult.Failed(problems);
        }
        await using var db = await dbs.CreateDbContextAsync(ct);
        // Checked against the staff list and written under one write lock, so neither changes in between.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var staff = await db.Staff.AsNoTracking().Where(s => s.Active).ToListAsync(ct);
        var lines = new RosterLines(table, staff, problems).Check(rows);
        if (problems.Any)
        {
            return RosterImportResult.Failed(problems);
        }
        var today = time.Today;
        var months = lines.Select(l => new DateOnly(l.Date.Year, l.Date.Month, 1)).ToHashSet();
        bool Covered(DateOnly d) => d >= today && months.Contains(new DateOnly(d.Year, d.Month, 1));
        var from = months.Min();
        var to = months.Max().AddMonths(1);
        var existing = (await db.Shifts.Where(s => s.Date >= from && s.Date < to).ToListAsync(ct)).Where(s => Covered(s.Date)).ToList();
        var wanted = lines.Where(l => Covered(l.Date)).ToList();
        var keep = existing.Where(s => wanted.Any(l => l.Same(s))).ToList();
        var removed = existing.Except(keep).ToList();
        var added = wanted.Where(l => !keep.Any(l.Same)).ToList();
        var now = time.UtcNow;
        db.Shifts.RemoveRange(removed);
        db.Shifts.AddRange(added.Select(l => new Shift
        {
            StaffId = l.StaffId,
            Date = l.Date,
            Start = l.Start,
            End = l.End,
            Source = ShiftSource.Import,
            CreatedAt = now,
            CreatedBy = actor,
        }));
        var monthCodes = months.Order().Select(m => m.ToString("yyyy-MM", CultureInfo.InvariantCulture)).ToList();
        db.Audit.Add(new AuditEntry
        {
            At = now,
            Actor = actor,
            Action = AuditAction,
            Subject = string.Join(",", monthCodes),
            Details = JsonSerializer.Serialize(new { source, rows = lines.Count, added = added.Count, removed = removed.Count, unchanged = keep.Count }),
        });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new RosterImportResult([], false, added.Count, removed.Count, keep.Count, lines.Count - wanted.Count, monthCodes);
    }

    // The records below the header, or null with the file's problem.
    private static List<CsvRecord>? ReadRows(byte[] csv, RosterImportProblems problems, out RosterTable? table)
    {
        table = null;
        var (nonBlank, fileProblem, line) = ImportCsv.ReadFile(csv, MaxBytes);
        if (fileProblem != ImportFileProblem.None)
        {
            problems.Add(fileProblem switch
            {
                ImportFileProblem.TooLarge => RosterImportErrorCode.FileTooLarge,
                ImportFileProblem.NotUtf8 => RosterImportErrorCode.NotUtf8,
                ImportFileProblem.UnclosedQuote => RosterImportErrorCode.UnclosedQuote,
                _ => RosterImportErrorCode.EmptyFile,
            }, line, value: fileProblem == ImportFileProblem.TooLarge ? (MaxBytes / 1024).ToString(CultureInfo.InvariantCulture) : null);
            return null;
        }
        table = RosterTable.Read(nonBlank[0], problems);
        var rows = nonBlank.Skip(1).ToList();
        if (table is not null && (rows.Count == 0 || rows.Count > MaxRows))
        {
            problems.Add(rows.Count == 0 ? RosterImportErrorCode.NoRows : RosterImportErrorCode.TooManyRows, 0,
                value: (rows.Count == 0 ? 0 : MaxRows).ToString(CultureInfo.InvariantCulture));
        }
        return problems.Any ? null : rows;
    }
}
