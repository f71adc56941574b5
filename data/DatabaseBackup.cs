using Microsoft.Data.Sqlite;

namespace FrontDesk.Data;

// An online copy of the database through SQLite's backup API: one consistent snapshot even while the bot
// writes (in WAL mode the copy's read transaction does not block writers). The copy is checked before it
// takes the target's name, so a file at that name is always a whole, sound backup.
public static class DatabaseBackup
{
    public static async Task<BackupResult> CopyAsync(string sourcePath, string destinationPath, int busyTimeoutSeconds, CancellationToken ct)
    {
        var target = Path.GetFullPath(destinationPath);
        if (string.Equals(target, Path.GetFullPath(sourcePath), StringComparison.Ordinal))
        {
            throw new ArgumentException("The backup must go to another file than the database itself.", nameof(destinationPath));
        }
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var partial = target + ".partial";
        File.Delete(partial);
        string integrity;
        long foreignKeyProblems;
        await using (var source = Open(sourcePath, SqliteOpenMode.ReadWrite, busyTimeoutSeconds))
        await using (var copy = Open(partial, SqliteOpenMode.ReadWriteCreate, busyTimeoutSeconds))
        {
            await source.OpenAsync(ct);
            await copy.OpenAsync(ct);
            source.BackupDatabase(copy);
            // A single self-contained file: the copy keeps no -wal beside it (the bot switches it back to WAL when it opens it).
            await ScalarAsync(copy, "PRAGMA journal_mode=DELETE;", ct);
            integrity = Convert.ToString(await ScalarAsync(copy, "PRAGMA integrity_check;", ct), System.Globalization.CultureInfo.InvariantCulture) ?? "";
            foreignKeyProblems = Convert.ToInt64(await ScalarAsync(copy, "SELECT count(*) FROM pragma_foreign_key_check;", ct), System.Globalization.CultureInfo.InvariantCulture);
        }
        if (integrity != "ok" || foreignKeyProblems > 0)
        {
            File.Delete(partial);
            throw new InvalidDataException($"The copy failed its checks (integrity: {integrity}; rows with a broken foreign key: {foreignKeyProblems}); nothing was written to {target}.");
        }
        File.Move(partial, target, overwrite: true);
        return new BackupResult(target, new FileInfo(target).Length);
    }

    // Not pooled: the copy's handle must be closed before the file is renamed.
    private static SqliteConnection Open(string path, SqliteOpenMode mode, int busyTimeoutSeconds) =>
        new(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false, DefaultTimeout = busyTimeoutSeconds }.ToString());

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(ct);
    }
}

public sealed record BackupResult(string Path, long Bytes);
