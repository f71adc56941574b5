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

    public override bool Shared => true;

    public override void Use(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(connectionString, o => o.MigrationsAssembly(MigrationsAssembly))
            .AddInterceptors(SerializedTransactions.Instance);

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
}
