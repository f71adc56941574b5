using System.Collections.Concurrent;
using FrontDesk.Data;
using FrontDesk.Data.Providers;
using Npgsql;

namespace FrontDesk.Tests.Harness;

// Databases on the shared test cluster. The schema is migrated once into a template; each test's database is a
// CREATE DATABASE … TEMPLATE copy of it (a file copy, much faster than migrating), dropped when the test is done.
public static class TestPostgres
{
    private const string TemplateName = "frontdesk_template";

    private static readonly Lazy<string> Template = new(CreateTemplate);
    private static readonly ConcurrentDictionary<string, Lazy<string>> ByPath = new(StringComparer.Ordinal);

    public static DatabaseConnection NewDatabase() => Connection(Create());

    // An empty database, as an operator creates it for the bot.
    public static DatabaseConnection NewEmptyDatabase()
    {
        var name = "e_" + Guid.NewGuid().ToString("N");
        Admin($"CREATE DATABASE \"{name}\"");
        return Connection(name);
    }

    // The database standing for a test app's SQLite path, made on first use: a test that restarts an app on another
    // app's Database:Path finds the same records, as it would in the file.
    public static DatabaseConnection ForPath(string path) => Connection(ByPath.GetOrAdd(path, _ => new Lazy<string>(Create)).Value);

    public static void DropForPath(string path)
    {
        if (ByPath.TryRemove(path, out var name) && name.IsValueCreated)
        {
            Drop(name.Value);
        }
    }

    public static void Drop(DatabaseConnection connection) => Drop(new NpgsqlConnectionStringBuilder(connection.ConnectionString).Database!);

    private static DatabaseConnection Connection(string database) =>
        new(DatabaseProvider.Postgres, PostgresCluster.Shared.ConnectionString(database));

    private static string Create()
    {
        var name = "t_" + Guid.NewGuid().ToString("N");
        Admin($"CREATE DATABASE \"{name}\" TEMPLATE \"{Template.Value}\"");
        return name;
    }

    private static void Drop(string name)
    {
        using (var connection = new NpgsqlConnection(PostgresCluster.Shared.ConnectionString(name)))
        {
            NpgsqlConnection.ClearPool(connection);
        }
        Admin($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private static string CreateTemplate()
    {
        Admin($"CREATE DATABASE \"{TemplateName}\"");
        var connection = Connection(TemplateName);
        // No pool: CREATE DATABASE … TEMPLATE refuses a template anyone is connected to.
        var unpooled = connection with { ConnectionString = new NpgsqlConnectionStringBuilder(connection.ConnectionString) { Pooling = false }.ToString() };
        using (var db = new FrontDeskDb(FrontDeskDatabase.Options(unpooled)))
        {
            FrontDeskDatabase.MigrateAsync(db).GetAwaiter().GetResult();
        }
        return TemplateName;
    }

    private static void Admin(string sql)
    {
        using var connection = new NpgsqlConnection(PostgresCluster.Shared.ConnectionString("postgres") + ";Pooling=false");
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
