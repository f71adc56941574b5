using System.Collections.Concurrent;
using System.Data.Common;
using FrontDesk.Data;
using FrontDesk.Data.Directory;
using FrontDesk.Tests.Harness;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDesk.Tests.Reports;

// With two years of records (a million visits) the weekly report took 16 s and the daily summary 1.6 s: SQLite read
// every visit for the escalations, every no-show through the status index, every phone message for the open urgent
// ones. No report query may read one of those tables from end to end; the planner decides the same on an empty file.
public class ReportPlansTests
{
    private static readonly string[] LargeTables = ["Visits", "MailItems", "PhoneMessages", "CallRecords"];

    [Fact]
    public async Task The_daily_summary_and_the_weekly_report_read_no_large_table_from_end_to_end()
    {
        var app = new RecordingApp();
        await using var teams = new TeamsHarness(app);
        var manager = await teams.AddStaffAsync("Wei Zhang", "wei@building.com", StaffRole.Manager);
        await teams.SayAsync(manager, "help");
        app.Commands.Clear();

        Assert.Contains("Front desk today", (await teams.OpenAsync(manager, "daily summary")).CardText, StringComparison.Ordinal);
        Assert.Contains("Weekly report", (await teams.OpenAsync(manager, "weekly report")).CardText, StringComparison.Ordinal);

        var scans = new List<string>();
        await using var connection = new SqliteConnection(DatabaseFile.ConnectionString(app.DatabasePath));
        await connection.OpenAsync();
        foreach (var (sql, parameters) in app.Commands.Where(c => c.Sql.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)).Distinct())
        {
            await using var explain = connection.CreateCommand();
            explain.CommandText = "EXPLAIN QUERY PLAN " + sql;
            foreach (var (name, value) in parameters)
            {
                explain.Parameters.AddWithValue(name, value ?? DBNull.Value);
            }
            await using var plan = await explain.ExecuteReaderAsync();
            while (await plan.ReadAsync())
            {
                var detail = plan.GetString(3);
                if (LargeTables.Any(t => detail.StartsWith($"SCAN {t}", StringComparison.Ordinal)))
                {
                    scans.Add($"{detail}\n  in {sql}");
                }
            }
        }
        Assert.True(app.Commands.Count > 10, "The reports ran no queries that were recorded.");
        Assert.True(scans.Count == 0, string.Join("\n\n", scans));
    }

    // The app with every SQL command it runs recorded (text and parameter values).
    private sealed class RecordingApp : FrontDeskApp
    {
        public ConcurrentBag<(string Sql, (string Name, object? Value)[] Parameters)> Commands { get; } = [];

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
                services.ConfigureDbContext<FrontDeskDb>(db => db.AddInterceptors(new Recorder(this))));
        }
    }

    private sealed class Recorder(RecordingApp app) : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            app.Commands.Add((command.CommandText, [.. command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value))]));
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
