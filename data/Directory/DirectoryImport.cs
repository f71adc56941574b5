using System.Text.Json;
using System.Text.Unicode;
using FrontDesk.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Directory;

// Imports companies or members from a CSV file (the header tells which). Every line is checked first;
// any error and nothing is written. Otherwise new entries are added and known ones updated in one
// transaction, with an audit entry naming who imported.
public sealed class DirectoryImport(IDbContextFactory<FrontDeskDb> dbs, TimeProvider clock)
{
    public const int MaxBytes = 1024 * 1024;
    public const int MaxRows = 5000;
    public const int MaxErrors = 100;
    public const string AuditAction = "directory.import";

    public async Task<ImportResult> ImportAsync(Stream csv, string actor, string? source = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var problems = new ImportProblems(MaxErrors);

        var (nonBlank, fileProblem, line) = ImportCsv.ReadFile(await ReadLimitedAsync(csv, ct), MaxBytes);
        if (fileProblem != ImportFileProblem.None)
        {
            problems.Add(fileProblem switch
            {
                ImportFileProblem.TooLarge => ImportErrorCode.FileTooLarge,
                ImportFileProblem.NotUtf8 => ImportErrorCode.NotUtf8,
                ImportFileProblem.UnclosedQuote => ImportErrorCode.UnclosedQuote,
                _ => ImportErrorCode.EmptyFile,
            }, line, value: fileProblem == ImportFileProblem.TooLarge ? (MaxBytes / 1024).ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
            return ImportResult.Failed(null, problems);
        }
        var table = ImportTable.Read(nonBlank[0], problems);
        if (table is null)
        {
            return ImportResult.Failed(null, problems);
        }
        var rows = nonBlank.Skip(1).ToList();
        if (rows.Count == 0 || rows.Count > MaxRows)
        {
            problems.Add(rows.Count == 0 ? ImportErrorCode.NoRows : ImportErrorCode.TooManyRows, 0,
                value: (rows.Count == 0 ? 0 : MaxRows).ToString(System.Globalization.CultureInfo.InvariantCulture));
            return ImportResult.Failed(table.Kind, problems);
        }

        await using var db = await dbs.CreateDbContextAsync(ct);
        // Checked and written under one write lock, so the directory cannot change in between.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var now = clock.GetUtcNow();
        var counts = table.Kind == ImportKind.Members
            ? await MemberImport.ApplyAsync(db, table, rows, problems, now, ct)
            : await CompanyImport.ApplyAsync(db, table, rows, problems, now, ct);
        if (counts is null)
        {
            return ImportResult.Failed(table.Kind, problems);
        }
        db.Audit.Add(new AuditEntry
        {
            At = now,
            Actor = actor,
            Action = AuditAction,
            Subject = table.Kind == ImportKind.Members ? "members" : "companies",
            Details = JsonSerializer.Serialize(new { source, rows = rows.Count, added = counts.Added, updated = counts.Updated, unchanged = counts.Unchanged }),
        });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new ImportResult(table.Kind, [], false, counts.Added, counts.Updated, counts.Unchanged);
    }

    // The file's bytes, or null when it is larger than MaxBytes.
    private static async Task<byte[]?> ReadLimitedAsync(Stream csv, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await csv.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
