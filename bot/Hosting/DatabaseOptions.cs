using FrontDesk.Data.Providers;

namespace FrontDesk.Bot.Hosting;

// Section "Database" of the configuration.
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    // Sqlite (one file, the default) or Postgres (several instances on one database).
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    // PostgreSQL's connection string (Npgsql's form: Host=…;Database=…;Username=…;Password=…).
    public string? ConnectionString { get; set; }

    // The SQLite file; a relative path is taken from the content root.
    public string Path { get; set; } = "App_Data/frontdesk.db";

    // How long a command waits for another writer before giving up (the user is then asked to try again).
    public int BusyTimeoutSeconds { get; set; } = 5;

    public string FullPath(string contentRoot) => System.IO.Path.GetFullPath(Path, contentRoot);

    public DatabaseConnection Connection(string contentRoot) =>
        DatabaseConnection.From(Provider, ConnectionString, FullPath(contentRoot), BusyTimeoutSeconds);
}
