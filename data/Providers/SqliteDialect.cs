using System.Globalization;
using FrontDesk.Data.Traffic;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace FrontDesk.Data.Providers;

// One SQLite file. Microsoft.Data.Sqlite begins every transaction IMMEDIATE: a writer takes the file's write
// lock at BEGIN and the others queue (up to the busy timeout), so a use case's "read, check, write" in one
// transaction sees every write committed before it.
internal sealed class SqliteDialect : DatabaseDialect
{
    public const string ProviderName = "Microsoft.EntityFrameworkCore.Sqlite";

    private const int ConstraintUnique = 2067;
    private const int ConstraintPrimaryKey = 1555;

    public override void Use(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlite(connectionString).AddInterceptors(SqliteBusyWait.Instance);

    public override async Task PrepareAsync(DbContext db, CancellationToken ct)
    {
        var path = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { Length: > 0 } folder)
        {
            System.IO.Directory.CreateDirectory(folder);
        }
        // WAL lets the lobby and the Teams bot read while one of them writes; the setting stays in the file.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
    }

    public override string Describe(string connectionString) => new SqliteConnectionStringBuilder(connectionString).DataSource;

    // SQLite cannot compare or order DateTimeOffset stored as text; as a number (StoredTime) it can.
    public override void ConfigureTimes(ModelConfigurationBuilder conventions) =>
        conventions.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();

    public override string QuarterHourSql(string column) => $"{column} / {StoredTime.BucketSize.ToString(CultureInfo.InvariantCulture)}";

    public override object TimeParameter(DateTimeOffset time) => StoredTime.Stored(time);

    public override DateTimeOffset QuarterHourStart(long quarterHour) => StoredTime.BucketStart(quarterHour);

    // NOCASE folds ASCII letters only.
    public override void IgnoreCase(ModelBuilder model, PropertyBuilder<string> property) => property.UseCollation("NOCASE");

    public override bool IsUniqueViolation(DbUpdateException error) =>
        error.InnerException is SqliteException { SqliteExtendedErrorCode: ConstraintUnique or ConstraintPrimaryKey };

    // One file, one host: nobody else to share with or to wake.
    public override bool ServesSeveralInstances => false;

    public override Task NotifyAsync(DbContext db, string channel, string payload, CancellationToken ct) => Task.CompletedTask;

    public override async IAsyncEnumerable<string> ListenAsync(string connectionString, string channel,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await Task.Delay(Timeout.Infinite, ct).ContinueWith(_ => { }, TaskScheduler.Default);
        yield break;
    }

    // The file, copied through SQLite's backup API (DatabaseBackup) with the connection's busy timeout.
    public override async Task<BackupOutcome> BackupAsync(string connectionString, string destination, CancellationToken ct)
    {
        var file = new SqliteConnectionStringBuilder(connectionString);
        var source = Path.GetFullPath(file.DataSource);
        if (!File.Exists(source))
        {
            return new BackupOutcome.NoDatabase(source);
        }
        try
        {
            var copy = await DatabaseBackup.CopyAsync(source, destination, file.DefaultTimeout, ct);
            return new BackupOutcome.Written(source, copy.Path, copy.Bytes);
        }
        catch (Exception e) when (e is SqliteException or IOException or InvalidDataException or UnauthorizedAccessException or ArgumentException)
        {
            return new BackupOutcome.Failed(e.Message);
        }
    }
}
