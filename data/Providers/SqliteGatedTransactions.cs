using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FrontDesk.Data.Providers;

// Every SQLite transaction (all of them take the write lock at BEGIN) queues at the file's write gate first and
// leaves it when it commits, rolls back or fails, or at the latest when its connection closes (a transaction
// disposed without either rolls back unseen by EF's events).
internal sealed class SqliteGatedTransactions : DbTransactionInterceptor, IDbConnectionInterceptor
{
    public static readonly SqliteGatedTransactions Instance = new();

    public override InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData,
        InterceptionResult<DbTransaction> result)
    {
        SqliteWriteGate.Enter(connection, eventData.ConnectionId);
        return Begin(connection, eventData);
    }

    public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection,
        TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        await SqliteWriteGate.EnterAsync(connection, eventData.ConnectionId, cancellationToken);
        return Begin(connection, eventData);
    }

    // BEGIN here, so a BEGIN that fails (another process held the lock past the busy timeout) leaves the gate at once.
    private static InterceptionResult<DbTransaction> Begin(DbConnection connection, TransactionStartingEventData eventData)
    {
        try
        {
            var transaction = connection.BeginTransaction(eventData.IsolationLevel);
            SqliteWriteGate.Progressed(eventData.ConnectionId);
            return InterceptionResult<DbTransaction>.SuppressWithResult(transaction);
        }
        catch
        {
            SqliteWriteGate.Exit(eventData.ConnectionId);
            throw;
        }
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        SqliteWriteGate.Exit(eventData.ConnectionId, done: true);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        SqliteWriteGate.Exit(eventData.ConnectionId, done: true);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) =>
        SqliteWriteGate.Exit(eventData.ConnectionId);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        SqliteWriteGate.Exit(eventData.ConnectionId);
        return Task.CompletedTask;
    }

    public override void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) =>
        SqliteWriteGate.Exit(eventData.ConnectionId);

    public override Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SqliteWriteGate.Exit(eventData.ConnectionId);
        return Task.CompletedTask;
    }

    public InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        SqliteWriteGate.Exit(eventData.ConnectionId);
        return result;
    }

    public ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        SqliteWriteGate.Exit(eventData.ConnectionId);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult ConnectionDisposing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        SqliteWriteGate.Exit(eventData.ConnectionId);
        return result;
    }

    public ValueTask<InterceptionResult> ConnectionDisposingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        SqliteWriteGate.Exit(eventData.ConnectionId);
        return ValueTask.FromResult(result);
    }
}
