using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Staffing;
using FrontDesk.Data.Training;
using FrontDesk.Data.Visits;
using FrontDesk.Tests.Harness;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FrontDesk.Tests.Security;

// A building with one person per role of the access matrix, and records that belong to Ann Lee of Harbour
// Logistics: her visitor's invitation, a parcel, a phone message and her feedback. Tom Hill is her colleague,
// Bo Chen works for another company, Sam Ray is in neither the directory nor the staff list.
public sealed class AccessWorld : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 12, 1, 1, 0, 0, TimeSpan.Zero);

    // What only Ann, the desk and the managers may see: none of it may reach anyone else.
    public static readonly string[] AnnsSecrets = ["Olga Petrova", "Merger talks", "Piotr Nowak", "Gdansk order", "smelled of smoke"];

    private AccessWorld(TeamsHarness teams, FakeTimeProvider clock)
    {
        Teams = teams;
        Clock = clock;
    }

    public TeamsHarness Teams { get; }

    public FakeTimeProvider Clock { get; }

    public TeamsUser Ann { get; private set; } = null!;

    public TeamsUser Tom { get; private set; } = null!;

    public TeamsUser Bo { get; private set; } = null!;

    public TeamsUser Sam { get; private set; } = null!;

    public TeamsUser Li { get; private set; } = null!;

    public TeamsUser Ma { get; private set; } = null!;

    public TeamsUser Wei { get; private set; } = null!;

    public int VisitId { get; private set; }

    public int WatchId { get; private set; }

    public int FeedbackId { get; private set; }

    public int SessionId { get; private set; }

    public int ShiftId { get; private set; }

    public int MaStaffId { get; private set; }

    public string Serial { get; private set; } = "";

    public string Reference { get; private set; } = "";

    public TeamsUser? Of(AccessRole role) => role switch
    {
        AccessRole.Unlinked => Sam,
        AccessRole.SameCompany => Tom,
        AccessRole.OtherCompany => Bo,
        AccessRole.Staff => Li,
        AccessRole.Manager => Wei,
        _ => null,
    };

    public static async Task<AccessWorld> StartAsync()
    {
        var clock = new FakeTimeProvider(Start);
        var app = new FrontDeskApp(clock);
        app.Settings["Notifications:SendInBackground"] = "false";
        // One kiosk conversation tries every cell: the matrix is about who may do what, not how often.
        app.Settings["Lobby:DirectLine:PostsPerMinute"] = "100000";
        app.Settings["Lobby:DirectLine:MaxActivitiesPerConversation"] = "100000";
        var world = new AccessWorld(new TeamsHarness(app), clock);
        await world.SeedAsync();
        return world;
    }

    private async Task SeedAsync()
    {
        var teams = Teams;
        Ann = await teams.AddTenantAsync("Harbour Logistics", "Ann Lee", "ann@harbour.example");
        Tom = await teams.AddTenantAsync("Harbour Logistics", "Tom Hill", "tom@harbour.example");
        Bo = await teams.AddTenantAsync("Contoso", "Bo Chen", "bo@contoso.example");
        Li = await teams.AddStaffAsync("Li Na", "li.na@building.example", StaffRole.Staff);
        Ma = await teams.AddStaffAsync("Ma Lin", "ma.lin@building.example", StaffRole.Staff);
        Wei = await teams.AddStaffAsync("Wei Zhang", "wei@building.example", StaffRole.Manager);
        Sam = TeamsUser.Create("Sam Ray", "sam@elsewhere.example");
        teams.Channel.AddMember(Sam);
        foreach (var user in new[] { Ann, Tom, Bo, Li, Ma, Wei, Sam })
        {
            await teams.SayAsync(user, "hi");
        }

        var annId = await teams.WithDbAsync(db => db.Members.Where(m => m.Email == "ann@harbour.example").Select(m => m.Id).SingleAsync());
        var invitation = await Get<Invitations>().CreateAsync(
            new InvitationRequest("Olga Petrova", "Fjordline", DateOnly.FromDateTime(Start.UtcDateTime), new TimeOnly(10, 0), new TimeOnly(11, 0),
                "Merger talks", "+47 555 0101", "olga@fjordline.example", 1), annId, "test");
        Assert.True(invitation.Succeeded, string.Join(", ", invitation.Problems));
        VisitId = invitation.Visit!.Id;
        WatchId = (await Get<Watchlist>().AddAsync("Ivan Drago", null, "Trespass", "test")).Id;

        var mailForm = await teams.OpenAsync(Li, "log mail");
        Assert.NotEmpty(await teams.PressAsync(Li, mailForm, "Log", new() { ["recipient"] = "Ann Lee", ["kind1"] = "Parcel", ["shelf"] = "B2" }));
        Serial = await teams.WithDbAsync(db => db.MailItems.Select(m => m.Serial).SingleAsync());

        var callForm = await teams.OpenAsync(Li, "call");
        Assert.NotEmpty(await teams.PressAsync(Li, callForm, "Save message", new()
        {
            ["caller"] = "Piotr Nowak",
            ["callerCompany"] = "Baltic Freight",
            ["phone"] = "+48 22 555 0101",
            ["recipient"] = "Ann Lee",
            ["message"] = "Please confirm the Gdansk order.",
            ["callBack"] = "true",
            ["answered"] = "WithinThreeRings",
        }));
        Reference = await teams.WithDbAsync(db => db.PhoneMessages.Select(m => m.Reference).SingleAsync());

        var feedbackForm = await teams.OpenAsync(Ann, "feedback");
        Assert.NotEmpty(await teams.PressAsync(Ann, feedbackForm, "Send feedback", new() { ["rating"] = "1", ["category"] = "Reception", ["comment"] = "The lobby smelled of smoke." }));
        FeedbackId = await teams.WithDbAsync(db => db.Feedback.Select(f => f.Id).SingleAsync());

        var session = await Get<TrainingSessions>().CreateAsync(new SessionRequest("seed-session", TrainingTopic.Etiquette, null,
            new DateOnly(2026, 12, 10), new TimeOnly(14, 0), "Room 3", "Chen Jing", 10, 0, "test", "Test"));
        SessionId = session.Session!.Id;
        MaStaffId = await teams.WithDbAsync(db => db.Staff.Where(s => s.Email == "ma.lin@building.example").Select(s => s.Id).SingleAsync());
        var shift = await Get<Roster>().AddAsync(new ShiftRequest(MaStaffId, new DateOnly(2026, 12, 2), new TimeOnly(9, 0), new TimeOnly(17, 0), "seed-shift"), "test");
        ShiftId = await teams.WithDbAsync(db => db.Shifts.Select(s => s.Id).SingleAsync());
        Assert.NotNull(shift);
    }

    public T Get<T>() where T : notnull => Teams.App.Services.GetRequiredService<T>();

    // Every stored row a user's action could write (bot state, conversation references and the audit log of
    // views aside), so "nothing was written" can be checked.
    public Task<string> FingerprintAsync() => Teams.WithDbAsync(async db =>
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        // The model's tables, not the catalogue's, so this reads the same on SQLite and PostgreSQL.
        var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        var all = new StringBuilder();
        // Also aside: the kiosk's Direct Line log and the send pace, which PostgreSQL keeps in tables where SQLite keeps
        // them in memory (a notice a refused action queued still shows, in Notifications).
        var transport = new[] { "LobbyConversations", "LobbyActivities", "LobbySigningKeys", "SendPaces", "SendSlots" };
        foreach (var table in tables.Where(t => t is not ("BotState" or "ConversationReferences" or "Audit" or "AuditEntries") && !transport.Contains(t)))
        {
            await AppendAsync(connection, table, all);
        }
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(all.ToString())));
    });

    private static async Task AppendAsync(DbConnection connection, string table, StringBuilder all)
    {
        await using var select = connection.CreateCommand();
        select.CommandText = $"SELECT * FROM \"{table}\" ORDER BY 1";
        await using var reader = await select.ExecuteReaderAsync();
        all.Append(table).Append('\n');
        while (await reader.ReadAsync())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                all.Append(reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).Append('|');
            }
            all.Append('\n');
        }
    }

    public ValueTask DisposeAsync() => Teams.DisposeAsync();
}
