using System.Globalization;
using FrontDesk.Data.Calls;
using FrontDesk.Data.Providers;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Traffic;

// The grouping queries, with table and column names taken from the EF model so a rename cannot leave them behind.
// {0} and {1} are the stored [start, end) of the period; the range test uses the column's index. The quarter hour
// of a stored time is the provider's expression (DatabaseDialect.QuarterHourSql).
public static class TrafficSql
{
    public static string Count<T>(FrontDeskDb db, string property)
    {
        var (table, column) = Names<T>(db, property);
        var bucket = DatabaseDialect.Of(db).QuarterHourSql(column);
        return $"SELECT {bucket} AS \"Bucket\", COUNT(*) AS \"Count\" FROM {table} " +
               $"WHERE {column} >= {{0}} AND {column} < {{1}} GROUP BY {bucket}";
    }

    public static string CallRecords(FrontDeskDb db)
    {
        var (table, started) = Names<CallRecord>(db, nameof(CallRecord.StartedAt));
        var (_, direction) = Names<CallRecord>(db, nameof(CallRecord.Direction));
        var inbound = ((int)CallDirection.Inbound).ToString(CultureInfo.InvariantCulture);
        var bucket = DatabaseDialect.Of(db).QuarterHourSql(started);
        return $"SELECT {bucket} AS \"Bucket\", SUM(CASE WHEN {direction} = {inbound} THEN 1 ELSE 0 END) AS \"Inbound\", " +
               $"COUNT(*) AS \"Count\" FROM {table} WHERE {started} >= {{0}} AND {started} < {{1}} GROUP BY {bucket}";
    }

    private static (string Table, string Column) Names<T>(FrontDeskDb db, string property)
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = entity.GetTableName() ?? throw new InvalidOperationException($"{typeof(T).Name} has no table.");
        var column = entity.FindProperty(property)?.GetColumnName() ?? throw new InvalidOperationException($"{typeof(T).Name}.{property} is not mapped.");
        return ($"\"{table}\"", $"\"{column}\"");
    }
}
