using FrontDesk.Data;
using FrontDesk.Data.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Hosting;

// Brings the database up to the current schema, once per process: at start-up before the app serves
// requests, and before a command-line import (which does not start the host).
public sealed class DatabaseMigrator(
    IDbContextFactory<FrontDeskDb> dbs,
    IOptions<DatabaseOptions> options,
    IHostEnvironment environment,
    ILogger<DatabaseMigrator> logger)
{
    private readonly SemaphoreSlim _once = new(1, 1);
    private bool _done;

    public async Task EnsureMigratedAsync(CancellationToken ct)
    {
        await _once.WaitAsync(ct);
        try
        {
            if (_done)
            {
                return;
            }
            await using var db = await dbs.CreateDbContextAsync(ct);
            await FrontDeskDatabase.MigrateAsync(db, ct);
            logger.LogInformation("Database ready at {Database}", options.Value.Connection(environment.ContentRootPath).Describe());
            _done = true;
        }
        finally
        {
            _once.Release();
        }
    }
}

// Runs the migration in the host's "starting" phase, which completes before any hosted service
// (the web server included) starts.
public sealed class DatabaseStartup(DatabaseMigrator migrator) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) => migrator.EnsureMigratedAsync(cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
