using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FrontDesk.Data.Providers;

// The use cases read, check and write in one transaction, written against SQLite's IMMEDIATE transactions: the
// writers queue at BEGIN, so each sees what the one before it committed (two taps of a card make one row, a day
// counter never hands out a number twice, an ETag check cannot pass twice). PostgreSQL's read-committed
// transactions do not queue; this takes one transaction-scoped advisory lock at BEGIN so they do, across every
// instance on the database. PostgreSQL releases it at commit or rollback.
internal sealed class SerializedTransactions : DbTransactionInterceptor
{
    public static readonly SerializedTransactions Instance = new();

    // Any fixed number names the lock ("FRONTDSK").
    public const long LockKey = 0x4652_4F4E_5444_534B;

    public static readonly string Sql = $"SELECT pg_advisory_xact_lock({LockKey.ToString(CultureInfo.InvariantCulture)})";

    public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        using var command = Command(connection, result);
        command.ExecuteNonQuery();
        return result;
    }

    public override async ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData,
        DbTransaction result, CancellationToken cancellationToken = default)
    {
        await using var command = Command(connection, result);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return result;
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Sql;
        return command;
    }
}
