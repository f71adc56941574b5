using FrontDesk.Data;
using FrontDesk.Data.Providers;
using Microsoft.Data.Sqlite;

namespace FrontDesk.Tests.Harness;

// Each test app starts on its own database file (on PostgreSQL: TestPostgres, the same idea with a template). Migrating an empty file for every one of them is most of
// an app's start-up, so the schema is built once per test run and each app gets a copy; the app's own
// start-up migration then finds nothing to do (and still runs, so a missing migration is still caught).
public static class MigratedDatabase
{
    private static readonly Lazy<string> Template = new(Create);

    public static void CopyTo(string path)
    {
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Copy(Template.Value, path);
    }

    private static string Create()
    {
        var folder = Path.Combine(Path.GetTempPath(), "frontdesk-tests", "template-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "frontdesk.db");
        var connection = $"Data Source={path};Pooling=False";
        using (var db = new FrontDeskDb(FrontDeskDatabase.Options(new DatabaseConnection(DatabaseProvider.Sqlite, connection))))
        {
            FrontDeskDatabase.MigrateAsync(db).GetAwaiter().GetResult();
        }
        // The last connection's close checkpoints the WAL into the file, so the file alone is the database.
        SqliteConnection.ClearAllPools();
        return path;
    }
}
