using System.Globalization;
using FrontDesk.Data.Calls;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Data.Traffic;

// The grouping queries, with table and column names taken from the EF model so a rename cannot leave them behind.
// {0} and {1} are the stored [start, end) of the period; the range test uses the column's index.
public static class TrafficSql
{
    private static readonly string Size = StoredTime.BucketSize.ToString(CultureInfo.InvariantCulture);

    public static string Count<T>(FrontDeskDb db, string property)
    {
        var (table, column) = Names<T>(db, property);
        return $"SELECT {column} / {Size} AS \"Bucket\", COUNT(*) AS \"Count\" FROM {table} " +
               $"WHERE {column} >= {{0}} AND {column} < {{1}} GROUP BY {column} / {Size}";
    }

    public static string CallRecords(FrontDeskDb db)
    {
        var (table, started) = Names<CallRecord>(db, nameof(CallRecord.StartedAt));
        var (_, direction) = Names<CallRecord>(db, nameof(CallRecord.Direction));
        var inbound = ((int)CallDirection.Inbound).ToString(CultureInfo.InvariantCulture);
        return $"SELECT {started} / {Size} AS \"Bucket\", SUM(CASE WHEN {direction} = {inbound} THEN 1 ELSE 0 END) AS \"Inbound\", " +
               $"COUNT(*) AS \"Count\" FROM {table} WHERE {started} >= {{0}} AND {started} < {{1}} GROUP BY {started} / {Size}";
    }

    private static (string Table, string Column) Names<T>(FrontDeskDb db, string property)
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = entity.GetTableName() ?? throw new InvalidOperationException($"{typeof(T).Name} has no table.");
        var column = entity.FindProperty(property)?.GetColumnName() ?? throw new InvalidOperationException($"{typeof(T).Name}.{property} is not mapped.");
        return ($"\"{table}\"", $"\"{column}\"");
    }
}
