using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FrontDesk.Data.Providers;

// A write outside a transaction (a one-row SaveChanges, ExecuteUpdate, ExecuteDelete) takes SQLite's write lock
// for its one statement: it queues at the file's write gate too, and leaves it when the statement is done.
internal sealed class SqliteGatedWrites : DbCommandInterceptor
{
    public static readonly SqliteGatedWrites Instance = new();

    private static bool IsLoneWrite(DbCommand command) =>
        command.Transaction is null && IsWrite(command.CommandText);

    // EF's own statements begin with their verb; PRAGMA and SELECT do not write (WAL readers never wait).
    private static bool IsWrite(string sql)
    {
        var text = sql.AsSpan().TrimStart();
        return text.StartsWith("INSERT", StringComparison.OrdinalIgnoreCase) || text.StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("DELETE", StringComparison.OrdinalIgnoreCase) || text.StartsWith("REPLACE", StringComparison.OrdinalIgnoreCase);
    }

    private static void Enter(DbCommand command, CommandEventData eventData)
    {
        if (IsLoneWrite(command))
        {
            SqliteWriteGate.Enter(command.Connection!, eventData.ConnectionId);
        }
    }

    private static async ValueTask EnterAsync(DbCommand command, CommandEventData eventData, CancellationToken ct)
    {
        if (IsLoneWrite(command))
        {
            await SqliteWriteGate.EnterAsync(command.Connection!, eventData.ConnectionId, ct);
        }
    }

    private static void Exit(DbCommand command, Guid connectionId, bool done = false)
    {
        if (command.Transaction is null)
        {
            SqliteWriteGate.Exit(connectionId, done);
        }
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Enter(command, eventData);
        return result;
    }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        await EnterAsync(command, eventData, cancellationToken);
        return result;
    }

    // A reader's statement (INSERT … RETURNING) holds the lock until the reader is done with.
    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        Exit(command, eventData.ConnectionId, done: true);
        return result;
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Enter(command, eventData);
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await EnterAsync(command, eventData, cancellationToken);
        return result;
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Exit(command, eventData.ConnectionId, done: true);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        Exit(command, eventData.ConnectionId, done: true);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Enter(command, eventData);
        return result;
    }

    public override async ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        await EnterAsync(command, eventData, cancellationToken);
        return result;
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        Exit(command, eventData.ConnectionId, done: true);
        return result;
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result,
        CancellationToken cancellationToken = default)
    {
        Exit(command, eventData.ConnectionId, done: true);
        return ValueTask.FromResult(result);
    }

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Exit(command, eventData.ConnectionId);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Exit(command, eventData.ConnectionId);
        return Task.CompletedTask;
    }

    public override void CommandCanceled(DbCommand command, CommandEndEventData eventData) => Exit(command, eventData.ConnectionId);

    public override Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Exit(command, eventData.ConnectionId);
        return Task.CompletedTask;
    }
}
