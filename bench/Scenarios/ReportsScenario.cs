using FrontDesk.Bench.Connector;
using FrontDesk.Bench.Hosting;
using FrontDesk.Bench.Load;
using FrontDesk.Data.Directory;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Bench.Scenarios;

// Two years of records (1,000,000 visits, 500,000 mail items, 300,000 phone messages in full mode), bulk-written,
// then a manager asks for the daily summary and the weekly report in Teams: the time to the card, cold and warm.
public sealed class ReportsScenario : IScenario
{
    private const string Manager = "aad-manager";
    private const string ManagerChat = "manager-chat";

    public async Task RunAsync(BenchOptions options, BenchReport report)
    {
        var (visits, mail, calls) = options.Short ? (10_000, 5_000, 3_000) : (1_000_000, 500_000, 300_000);
        await using var connector = await FakeConnector.StartAsync();
        using var http = LoadClient.Create();
        using var database = await BenchDatabase.CreateAsync();
        await DirectorySeed.SeedAsync(database, connector.ServiceUrl, 50, [], []);
        int companyId;
        int[] members;
        await using (var db = database.Open())
        {
            db.Staff.Add(new StaffMember { Name = "Bench Manager", Email = "manager@building.example", Role = StaffRole.Manager, AadObjectId = Manager, AddedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
            companyId = await db.Companies.Select(c => c.Id).FirstAsync();
            members = await db.Members.Select(m => m.Id).ToArrayAsync();
        }
        var seeding = await new BulkSeed(database, companyId, members, days: 730).RunAsync(visits, mail, calls);
        var rows = visits + mail + calls;
        report.Figure("reports.seed.rowsPerSecond", rows / seeding.TotalSeconds,
            $"seeded {visits:N0} visits, {mail:N0} mail items, {calls:N0} phone messages over 730 days in {seeding.TotalSeconds:0.0} s ({rows / seeding.TotalSeconds:N0} rows/s, one transaction)");
        report.Figure("reports.database.mb", database.SizeMb, $"database size: {database.SizeMb:0.0} MB");

        await using var bot = await FrontDeskHost.StartAsync(database);
        var messages = new Uri(bot.Address, "api/messages");
        var daily = await TimeAsync(http, messages, connector, "daily summary", runs: options.Short ? 2 : 4);
        var weekly = await TimeAsync(http, messages, connector, "weekly report", runs: options.Short ? 2 : 4);
        report.Figure("reports.daily.ms", daily.Warm, $"daily summary: {BenchReport.Ms(daily.Warm)} warm (median), {BenchReport.Ms(daily.Cold)} the first time");
        report.Figure("reports.weekly.ms", weekly.Warm, $"weekly report: {BenchReport.Ms(weekly.Warm)} warm (median), {BenchReport.Ms(weekly.Cold)} the first time");
        var sizes = options.Short ? " (short mode: 1/100 of the full data)" : "";
        report.Target($"daily summary ≤ 0.5 s{sizes}", daily.Warm <= 500, $"{BenchReport.Ms(daily.Warm)}");
        report.Target($"weekly report ≤ 2 s{sizes}", weekly.Warm <= 2000, $"{BenchReport.Ms(weekly.Warm)}");
    }

    // The first request (cold caches, JIT, chart fonts) and the median of the ones after it.
    private static async Task<(double Cold, double Warm)> TimeAsync(HttpClient http, Uri messages, FakeConnector connector, string text, int runs)
    {
        var times = new List<double>();
        for (var i = 0; i <= runs; i++)
        {
            var activity = Activities.TeamsMessage(connector.ServiceUrl, ManagerChat, Manager, "Bench Manager", text);
            activity["id"] = $"{text}-{i}";
            times.Add(await TimedTurn.RunAsync(http, messages, connector, ManagerChat, activity.ToString()));
        }
        var warm = times.Skip(1).Order().ToList();
        return (times[0], warm[warm.Count / 2]);
    }
}
