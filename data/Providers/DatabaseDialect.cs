using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDesk.Data.Providers;

// What differs between the providers, one small member per concern; nothing outside data/ sees it.
public abstract class DatabaseDialect
{
    public static readonly DatabaseDialect Sqlite = new SqliteDialect();
    public static readonly DatabaseDialect Postgres = new PostgresDialect();

    // The statement each PostgreSQL write transaction starts with, queueing it behind the others (SerializedTransactions).
    public static string PostgresWritersLockSql => SerializedTransactions.Sql;

    public static DatabaseDialect For(DatabaseProvider provider) => provider == DatabaseProvider.Postgres ? Postgres : Sqlite;

    // The dialect of the provider a context was configured with.
    public static DatabaseDialect Of(DbContext db) =>
        db.Database.ProviderName == PostgresDialect.ProviderName ? Postgres
        : db.Database.ProviderName == SqliteDialect.ProviderName ? Sqlite
        : throw new NotSupportedException($"No dialect for the provider {db.Database.ProviderName}.");

    // Set-up: the provider, its migrations, and how its transactions queue (see each dialect).
    public abstract void Use(DbContextOptionsBuilder builder, string connectionString);

    // Before migrating: what the provider needs for the database to be reachable.
    public abstract Task PrepareAsync(DbContext db, CancellationToken ct);

    public abstract string Describe(string connectionString);

    // Stored times: how a DateTimeOffset column is stored and compared.
    public abstract void ConfigureTimes(ModelConfigurationBuilder conventions);

    // A SQL expression for the UTC quarter hour (a number) of a stored time column, the value that stands for a
    // time in a raw query, and the start of a quarter hour the expression gave.
    public abstract string QuarterHourSql(string column);

    public abstract object TimeParameter(DateTimeOffset time);

    public abstract DateTimeOffset QuarterHourStart(long quarterHour);

    // Case-insensitive text: a unique name that ignores case (e.g. a company's).
    public abstract void IgnoreCase(ModelBuilder model, PropertyBuilder<string> property);

    // Unique violations: the save failed because another row already holds the value.
    public abstract bool IsUniqueViolation(DbUpdateException error);

    // Several instances: whether other processes share this database (PostgreSQL). Then what lives in one process's
    // memory has to live in the database (the send pace, the lobby's conversations), a claim locks the rows it takes
    // and skips those another host holds, and no host may release another's claims at start. SQLite: one host per file.
    public abstract bool ServesSeveralInstances { get; }

    // Wake-ups between instances: a short payload (ids, never records) sent when the transaction commits, and the
    // payloads sent on a channel as they arrive. An empty payload means "some may have been missed, look again"
    // (the listening connection was made or made again). One instance has nobody else to wake.
    public abstract Task NotifyAsync(DbContext db, string channel, string payload, CancellationToken ct);

    public abstract IAsyncEnumerable<string> ListenAsync(string connectionString, string channel, CancellationToken ct);

    // Backups: an online, checked copy of the database to a file, where the provider has one file to copy.
    public abstract Task<BackupOutcome> BackupAsync(string connectionString, string destination, CancellationToken ct);
}
