using FrontDesk.Data;
using FrontDesk.Tests.Harness;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FrontDesk.Tests.Hosting;

// FrontDesk:Staff is checked entry by entry when the app starts: a bad entry stops it before anything is written.
public class StaffSeedingTests
{
    [Fact]
    public async Task Good_entries_are_seeded_as_staff_and_managers()
    {
        using var app = new FrontDeskApp();
        Staff(app, 0, "Ada Manager", "Ada@Building.com", "manager");
        app.Settings["FrontDesk:Staff:1:Name"] = "Lin Mei";
        app.Settings["FrontDesk:Staff:1:Email"] = "lin.mei@building.com";

        var dbs = app.Services.GetRequiredService<IDbContextFactory<FrontDeskDb>>();

        await using var db = await dbs.CreateDbContextAsync();
        var rows = (await db.Staff.OrderBy(s => s.Email).ToListAsync()).Select(s => $"{s.Name} | {s.Email} | {s.Role} | {s.AddedBy}");
        Assert.Equal(["Ada Manager | ada@building.com | Manager | configuration", "Lin Mei | lin.mei@building.com | Staff | configuration"], rows);
    }

    [Fact]
    public void An_empty_name_stops_the_start()
    {
        using var app = new FrontDeskApp();
        Staff(app, 0, "  ", "ada@building.com", "Manager");

        Assert.Contains("FrontDesk:Staff:0:Name is empty.", Refusal(app), StringComparison.Ordinal);
        Assert.Equal(0, StaffRows(app));
    }

    [Fact]
    public void A_name_longer_than_the_staff_form_allows_stops_the_start()
    {
        using var app = new FrontDeskApp();
        Staff(app, 0, new string('x', 101), "ada@building.com", "Staff");

        Assert.Contains("FrontDesk:Staff:0:Name is longer than 100 characters.", Refusal(app), StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_email_stops_the_start_and_the_good_entry_before_it_is_not_written_either()
    {
        using var app = new FrontDeskApp();
        Staff(app, 0, "Ada Manager", "ada@building.com", "Manager");
        Staff(app, 1, "Lin Mei", "not-an-email", "Staff");

        var message = Refusal(app);

        Assert.Contains("FrontDesk:Staff:1:Email 'not-an-email' is not a valid email address.", message, StringComparison.Ordinal);
        Assert.DoesNotContain("FrontDesk:Staff:0", message, StringComparison.Ordinal);
        Assert.Equal(0, StaffRows(app));
    }

    [Theory]
    [InlineData("Janitor")]
    [InlineData("2")]
    [InlineData("")]
    public void A_role_other_than_staff_or_manager_stops_the_start(string role)
    {
        using var app = new FrontDeskApp();
        Staff(app, 0, "Ada Manager", "ada@building.com", role);

        Assert.Contains($"FrontDesk:Staff:0:Role '{role}' must be Staff or Manager.", Refusal(app), StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_email_twice_stops_the_start_naming_both_entries()
    {
        using var app = new FrontDeskApp();
        Staff(app, 0, "Ada Manager", "ada@building.com", "Manager");
        Staff(app, 1, "Ada Again", "ADA@building.com", "Staff");

        Assert.Contains("FrontDesk:Staff:1:Email 'ADA@building.com' is already listed at FrontDesk:Staff:0.", Refusal(app), StringComparison.Ordinal);
    }

    private static void Staff(FrontDeskApp app, int index, string name, string email, string role)
    {
        app.Settings[$"FrontDesk:Staff:{index}:Name"] = name;
        app.Settings[$"FrontDesk:Staff:{index}:Email"] = email;
        app.Settings[$"FrontDesk:Staff:{index}:Role"] = role;
    }

    private static string Refusal(FrontDeskApp app) => StartRefusal.Of(app).Message;

    // Nothing may be written when the start is refused (the test harness gives every app a migrated file).
    private static long StaffRows(FrontDeskApp app)
    {
        if (TestProvider.IsPostgres)
        {
            // The app's database on the test cluster (there is no file to read).
            using var db = new FrontDeskDb(FrontDesk.Data.Providers.FrontDeskDatabase.Options(app.Database));
            return db.Staff.LongCount();
        }
        if (!File.Exists(app.DatabasePath))
        {
            return 0;
        }
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={app.DatabasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM Staff";
        return (long)command.ExecuteScalar()!;
    }
}
