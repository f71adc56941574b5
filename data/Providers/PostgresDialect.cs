using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Npgsql;

namespace FrontDesk.Data.Providers;

// PostgreSQL, for several instances on one database. Its migrations live in data.Postgres/ (EF Core keeps one
// set per provider); the database itself is the operator's to create.
internal sealed class PostgresDialect : DatabaseDialect
{
    public const string ProviderName = "Npgsql.EntityFrameworkCore.PostgreSQL";
    public const string MigrationsAssembly = "FrontDesk.Data.Postgres";

    // ICU's root locale at strength 2: letters compare without case (every script's, not only ASCII).
    private const string NoCase = "frontdesk_nocase";

    public override void Use(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(connectionString, o => o.MigrationsAssembly(MigrationsAssembly))
            .AddInterceptors(SerializedTransactions.Instance);

    public static string WithLockTimeout(string connectionString, int busyTimeoutSeconds)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.Options?.Contains("lock_timeout", StringComparison.Ordinal) == true)
        {
            return connectionString;
        }
        var seconds = busyTimeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        builder.Options = ((builder.Options ?? "") + " -c lock_timeout=" + seconds + "s").Trim();
        return builder.ConnectionString;
    }

    public override Task PrepareAsync(DbContext db, CancellationToken ct) => Task.CompletedTask;

    public override string Describe(string connectionString)
    {
        var c = new NpgsqlConnectionStringBuilder(connectionString);
        return $"postgres://{c.Host}:{c.Port}/{c.Database}";
    }

    // timestamptz holds the instant only, so a time is stored in UTC (Npgsql refuses any other offset).
    public override void ConfigureTimes(ModelConfigurationBuilder conventions) =>
        conventions.Properties<DateTimeOffset>().HaveConversion<UtcTimeConverter>();

    public override string QuarterHourSql(string column) => $"floor(extract(epoch from {column}) / 900)::bigint";

    public override object TimeParameter(DateTimeOffset time) => time.ToUniversalTime();

    public override DateTimeOffset QuarterHourStart(long quarterHour) => DateTimeOffset.UnixEpoch + TimeSpan.FromMinutes(15) * quarterHour;

    public override void IgnoreCase(ModelBuilder model, PropertyBuilder<string> property)
    {
        model.HasCollation(NoCase, locale: "und-u-ks-level2", provider: "icu", deterministic: false);
        property.UseCollation(NoCase);
    }

    public override bool IsUniqueViolation(DbUpdateException error) =>
        error.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    public override bool ServesSeveralInstances => true;

    public override async Task NotifyAsync(DbContext db, string channel, string payload, CancellationToken ct) =>
        await db.Database.ExecuteSqlAsync($"SELECT pg_notify({channel}, {payload})", ct);

    public override IAsyncEnumerable<string> ListenAsync(string connectionString, string channel, CancellationToken ct) =>
        PostgresListener.ListenAsync(connectionString, channel, ct);

    // PostgreSQL's own tools copy a live database consistently; the backup command only knows the SQLite file.
    public override Task<BackupOutcome> BackupAsync(string connectionString, string destination, CancellationToken ct) =>
        Task.FromResult<BackupOutcome>(new BackupOutcome.UseOwnTools(
            "The backup command copies the SQLite file. The records are in PostgreSQL: back them up with pg_dump (see README, \"Running several instances\")."));
}
