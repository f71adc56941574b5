using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace FrontDesk.Data.Providers;

// A transaction for work whose every statement first locks the row it works on (an UPDATE of one conversation's
// counter): on PostgreSQL it skips the writers' queue (SerializedTransactions), so the lobby's log is not held up
// behind every other write of every instance, and the row lock keeps it in order. SQLite's transactions queue anyway.
public static class RowLockedTransactions
{
    public static async Task<IDbContextTransaction> BeginRowLockedTransactionAsync(this DatabaseFacade database, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(database);
        if (database.ProviderName != PostgresDialect.ProviderName)
        {
            return await database.BeginTransactionAsync(ct);
        }
        // Begun on the connection itself, then handed to EF: TransactionStarted (the queue) does not run for it. The
        // context's end closes the connection, which ends a transaction left uncommitted.
        await database.OpenConnectionAsync(ct);
        var transaction = await database.GetDbConnection().BeginTransactionAsync(ct);
        return (await database.UseTransactionAsync(transaction, ct))!;
    }
}
