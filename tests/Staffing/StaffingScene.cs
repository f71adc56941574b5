using System.Text;
using FrontDesk.Data.Directory;
using FrontDesk.Tests.Harness;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Tests.Staffing;

// A building at 09:00 on Monday 30 Nov 2026 (Shanghai; the week 2026-W49 runs to Sunday 6 Dec): the manager Chen
// Jing, the desk's Li Na and Zhou Min (only Li Na uses Teams), and Contoso's Wang Wei, all but Zhou Min already
// chatting with the bot.
public sealed class StaffingScene : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 30, 1, 0, 0, TimeSpan.Zero);

    private StaffingScene(TeamsHarness teams) => Teams = teams;

    public TeamsHarness Teams { get; }
    public TeamsUser Manager { get; private set; } = null!;
    public TeamsUser Desk { get; private set; } = null!;
    public TeamsUser Tenant { get; private set; } = null!;

    public static async Task<StaffingScene> StartAsync(Action<FrontDeskApp>? configure = null)
    {
        var app = new FrontDeskApp(new FakeTimeProvider(Start));
        app.Settings["Notifications:SendInBackground"] = "false";
        configure?.Invoke(app);
        var scene = new StaffingScene(new TeamsHarness(app));
        var teams = scene.Teams;
        scene.Manager = await teams.AddStaffAsync("Chen Jing", "chen.jing@building.com", StaffRole.Manager);
        scene.Desk = await teams.AddStaffAsync("Li Na", "li.na@building.com", StaffRole.Staff);
        await teams.WithDbAsync(db =>
        {
            db.Staff.Add(new StaffMember { Name = "Zhou Min", Email = "zhou.min@building.com", Role = StaffRole.Staff, AddedAt = Start });
            return db.SaveChangesAsync();
        });
        scene.Tenant = await teams.AddTenantAsync("Contoso", "Wang Wei", "wang.wei@contoso.com");
        foreach (var user in new[] { scene.Manager, scene.Desk, scene.Tenant })
        {
            await teams.SayAsync(user, "hi");
        }
        return scene;
    }

    public Task SeedTrafficAndRosterAsync() => StaffingSeed.WriteAsync(Teams.App.Services.GetRequiredService<IDbContextFactory<FrontDesk.Data.FrontDeskDb>>());

    // The value of the choice titled so in a card's choice set (staff are picked by id, never typed).
    public static string Choice(RecordedCall card, string input, string title) =>
        (string)card.Card!.Descendants().OfType<JObject>().Single(o => (string?)o["id"] == input)["choices"]!
            .Single(c => (string?)c["title"] == title)["value"]!;

    // The text block right after the input in the card's body: where the form puts the server's error for it.
    public static string? ErrorUnder(RecordedCall card, string id)
    {
        var input = card.Card!.Descendants().OfType<JObject>().Single(o => (string?)o["id"] == id);
        return (string?)(input.Next as JObject)?["text"];
    }

    public static string? Input(RecordedCall card, string id) =>
        (string?)card.Card!.Descendants().OfType<JObject>().Single(o => (string?)o["id"] == id)["value"];

    // What Teams posts when a user attaches a file in a personal chat with the bot.
    public JObject WithFile(TeamsUser user, string text, string name, string csv, string locale = "en-US")
    {
        Teams.Channel.Files[name] = Encoding.UTF8.GetBytes(csv);
        var message = user.Message(Teams.Channel.ServiceUrl, text, locale);
        message["attachments"] = new JArray(new JObject
        {
            ["contentType"] = "application/vnd.microsoft.teams.file.download.info",
            ["name"] = name,
            ["content"] = new JObject { ["downloadUrl"] = Teams.Channel.FileUrl(name).ToString(), ["uniqueId"] = Guid.NewGuid().ToString(), ["fileType"] = "csv" },
        });
        return message;
    }

    public ValueTask DisposeAsync() => Teams.DisposeAsync();
}
