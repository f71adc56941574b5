using FrontDesk.Data;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Hosting;

// `backup <file>`: an online, consistent copy of the database while the bot keeps running, checked (integrity and
// foreign keys) before it is given the file's name. Exit 0 when written, 1 when it failed, 2 when it cannot be used
// (no file named, or a provider whose own tools make backups). How the copy is made is the data layer's to say.
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
        BackupOutcome outcome;
        try
        {
            var options = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            outcome = await options.Connection(services.GetRequiredService<IHostEnvironment>().ContentRootPath).BackupAsync(path, ct);
        }
        catch (OptionsValidationException e)
        {
            outcome = new BackupOutcome.Failed(e.Message);
        }
        switch (outcome)
        {
            case BackupOutcome.Written copy:
                await output.WriteLineAsync($"Backed up {copy.Source} to {copy.Path} ({copy.Bytes:N0} bytes; integrity and foreign keys checked).");
                return 0;
            case BackupOutcome.NoDatabase none:
                await error.WriteLineAsync($"There is no database at {none.Source} to back up.");
                return 1;
            case BackupOutcome.UseOwnTools tools:
                await error.WriteLineAsync(tools.Advice);
                return 2;
            case BackupOutcome.Failed failed:
                await error.WriteLineAsync($"The backup failed: {failed.Reason}");
                return 1;
            default:
                throw new InvalidOperationException($"No message for the backup outcome {outcome}.");
        }
    }
}
