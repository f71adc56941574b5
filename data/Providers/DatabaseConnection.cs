using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Providers;

// Where the records are: the provider and its connection string, from the Database:* settings.
public sealed record DatabaseConnection(DatabaseProvider Provider, string ConnectionString)
{
    public DatabaseDialect Dialect => DatabaseDialect.For(Provider);

    // SQLite takes a file and a busy timeout; PostgreSQL the operator's connection string, with the busy timeout as its
    // lock_timeout unless the operator set one: a writer waits that long for another, then the user hears "try again".
    public static DatabaseConnection From(DatabaseProvider provider, string? connectionString, string sqlitePath, int busyTimeoutSeconds) =>
        provider switch
        {
            DatabaseProvider.Postgres => new(provider, PostgresDialect.WithLockTimeout(connectionString ?? "", busyTimeoutSeconds)),
            _ => new(DatabaseProvider.Sqlite, DatabaseFile.ConnectionString(sqlitePath, busyTimeoutSeconds)),
        };

    // A log line's name for the database: the file, or host and database, never a password.
    public string Describe() => Dialect.Describe(ConnectionString);

    public Task<BackupOutcome> BackupAsync(string destination, CancellationToken ct) => Dialect.BackupAsync(ConnectionString, destination, ct);
}

public static class FrontDeskDatabase
{
    public static DbContextOptionsBuilder UseFrontDeskDatabase(this DbContextOptionsBuilder builder, DatabaseConnection connection)
    {
        connection.Dialect.Use(builder, connection.ConnectionString);
        return builder;
    }

    public static DbContextOptions<FrontDeskDb> Options(DatabaseConnection connection) =>
        (DbContextOptions<FrontDeskDb>)new DbContextOptionsBuilder<FrontDeskDb>().UseFrontDeskDatabase(connection).Options;

    // Brings the database up to the current schema (the provider's own migrations), after what the provider
    // needs first (SQLite: the file's folder and WAL mode).
    public static async Task MigrateAsync(FrontDeskDb db, CancellationToken ct = default)
    {
        await DatabaseDialect.Of(db).PrepareAsync(db, ct);
        await db.Database.MigrateAsync(ct);
    }
}
