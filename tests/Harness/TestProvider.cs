namespace FrontDesk.Tests.Harness;

// The one switch that runs the data and protocol tests on PostgreSQL: FRONTDESK_TEST_DB=postgres (the test command
// sets it for its second pass). Unset, everything runs on SQLite files as before.
public static class TestProvider
{
    public static bool IsPostgres { get; } =
        string.Equals(Environment.GetEnvironmentVariable("FRONTDESK_TEST_DB"), "postgres", StringComparison.OrdinalIgnoreCase);
}

// A test of what only SQLite has (its file, its stored numbers, its query plans): skipped on PostgreSQL.
public sealed class SqliteFactAttribute : FactAttribute
{
    public SqliteFactAttribute()
    {
        if (TestProvider.IsPostgres)
        {
            Skip = "SQLite only (FRONTDESK_TEST_DB=postgres)";
        }
    }
}

// A test of the PostgreSQL set-up itself: runs only in the PostgreSQL pass, where the test cluster is up.
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!TestProvider.IsPostgres)
        {
            Skip = "PostgreSQL only (FRONTDESK_TEST_DB=postgres)";
        }
    }
}
