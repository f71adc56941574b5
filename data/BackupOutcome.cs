namespace FrontDesk.Data;

// What the backup command made of the database: a checked copy written, no database to copy, a copy that failed (the
// reason), or a provider whose own tools copy a live database (what to use instead). Exceptions stay in data/: the
// command above it knows no provider's.
public abstract record BackupOutcome
{
    public sealed record Written(string Source, string Path, long Bytes) : BackupOutcome;

    public sealed record NoDatabase(string Source) : BackupOutcome;

    public sealed record Failed(string Reason) : BackupOutcome;

    public sealed record UseOwnTools(string Advice) : BackupOutcome;
}
