namespace FrontDesk.Data.Providers;

// The engine that keeps the records: one SQLite file (the default), or PostgreSQL for several instances.
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
