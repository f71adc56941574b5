using FrontDesk.Data;
using FrontDesk.Data.Providers;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Hosting;

// `backup <file>`: an online, consistent copy of the database (SQLite's backup API) while the bot keeps
// running, checked (integrity and foreign keys) before it is given the file's name. Exit 0 when written.
public static class BackupCommand
{
    public const string Name = "backup";

    public static async Task<int> RunAsync(IServiceProvider services, string? path, TextWriter output, TextWriter error, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (string.IsNullOrWhiteSpace(path))
        {
            await error.WriteLineAsync("Usage: backup <file>, e.g. backup /var/backups/frontdesk-2026-12-01.db");
            return 2;
        }
        var options = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        if (options.Provider != DatabaseProvider.Sqlite)
        {
            // PostgreSQL's own tools copy a live database consistently; this command only knows the SQLite file.
            await error.WriteLineAsync("The backup command copies the SQLite file. The records are in PostgreSQL: back them up with pg_dump (see README, \"Running several instances\").");
            return 2;
        }
        var source = options.FullPath(services.GetRequiredService<IHostEnvironment>().ContentRootPath);
        if (!File.Exists(source))
        {
            await error.WriteLineAsync($"There is no database at {source} to back up.");
            return 1;
        }
        try
        {
            var copy = await DatabaseBackup.CopyAsync(source, path, options.BusyTimeoutSeconds, ct);
            await output.WriteLineAsync($"Backed up {source} to {copy.Path} ({copy.Bytes:N0} bytes; integrity and foreign keys checked).");
            return 0;
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException or ArgumentException or OptionsValidationException)
        {
            await error.WriteLineAsync($"The backup failed: {e.Message}");
            return 1;
        }
    }
}
