using System.Text;
using FrontDesk.Bot.Features.Calls;
using FrontDesk.Data.Calls;
using FrontDesk.Tests.Harness;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Tests.Calls;

public class CallRecordsTeamsTests
{
    // What Teams posts when a user attaches a file in a personal chat with the bot.
    private static JObject WithFile(TeamsHarness teams, TeamsUser user, string text, string name, string csv)
    {
        teams.Channel.Files[name] = Encoding.UTF8.GetBytes(csv);
        var message = user.Message(teams.Channel.ServiceUrl, text);
        message["attachments"] = new JArray(new JObject
        {
            ["contentType"] = "application/vnd.microsoft.teams.file.download.info",
            ["name"] = name,
            ["content"] = new JObject { ["downloadUrl"] = teams.Channel.FileUrl(name).ToString(), ["uniqueId"] = Guid.NewGuid().ToString(), ["fileType"] = "csv" },
        });
        return message;
    }

    [Fact]
    public async Task A_call_record_export_sent_in_chat_is_told_apart_from_a_directory_file_and_shows_the_days_answer_times()
    {
        await using var scene = await CallScene.StartAsync();
        var teams = scene.Teams;
        // Two messages the desk logged that day: the staff's own report beside the phone system's.
        await scene.LogAsync(CallScene.CallFields("Wang Wei"));
        await scene.LogAsync(CallScene.CallFields("Li Na", answered: "Later"));

        var imported = Assert.Single(await teams.PostAsync(WithFile(teams, scene.Desk, "", "cdr-tuesday.csv", CallRecordSamples.Tuesday)));
        var text = imported.CardText;
        Assert.Contains("Import of cdr-tuesday.csv", text, StringComparison.Ordinal);
        Assert.Contains("Imported call records: 13 added, 0 already imported.", text, StringComparison.Ordinal);
        Assert.Contains("Answer times, 2026-12-01", text, StringComparison.Ordinal);
        Assert.Contains("Within three rings: answered within 18 s (6 s a ring).", text, StringComparison.Ordinal);
        Assert.Contains("From the phone system: 11 incoming calls, 9 answered, 2 missed. Answered within three rings: 6 (55%).", text, StringComparison.Ordinal);
        Assert.Contains("09:00–10:00\n5 calls · 3 within three rings (60%) · 1 missed", text, StringComparison.Ordinal);
        Assert.Contains("Li Na\n4 answered · 4 within three rings (100%) · 10 s on average", text, StringComparison.Ordinal);
        Assert.Contains("Zhou Min\n4 answered · 2 within three rings (50%) · 19 s on average", text, StringComparison.Ordinal);
        Assert.Contains("(not recorded)\n1 answered · 0 within three rings (0%) · 30 s on average", text, StringComparison.Ordinal);
        Assert.Contains("2 messages: 1 answered within three rings (50%), 1 later, 0 missed and called back.", text, StringComparison.Ordinal);
        Assert.Equal(0, await teams.WithDbAsync(db => db.Companies.CountAsync(c => c.Name == "start_time")));

        // The same export again adds nothing; the directory import still takes a directory file.
        var again = Assert.Single(await teams.PostAsync(WithFile(teams, scene.Desk, "", "cdr-tuesday-2.csv", CallRecordSamples.Tuesday)));
        Assert.Contains("13 already imported", again.CardText, StringComparison.Ordinal);
        var directory = Assert.Single(await teams.PostAsync(WithFile(teams, scene.Desk, "", "companies.csv", "name,floor,suite,aliases\nInitech,3,301,\n")));
        Assert.Contains("Imported companies: 1 added", directory.CardText, StringComparison.Ordinal);
        Assert.Equal(13, await teams.WithDbAsync(db => db.CallRecords.CountAsync()));

        // Later, from the command: the same figures, in Chinese too.
        var stats = await teams.OpenAsync(scene.Desk, "来电统计 2026-12-01", "zh-CN");
        Assert.Contains("电话系统记录：呼入 11 通，接听 9 通，未接 2 通。三声内接听：6 通（55%）。", stats.CardText, StringComparison.Ordinal);
        Assert.Contains("第 4 或 5 声（30 秒内）\n2", stats.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_calls_with_a_file_of_other_columns_reports_the_missing_columns_and_imports_nothing()
    {
        await using var scene = await CallScene.StartAsync();
        var teams = scene.Teams;
        var reply = Assert.Single(await teams.PostAsync(WithFile(teams, scene.Desk, "import calls", "calls.csv",
            "time,number,answered\n2026-12-01 09:00,123,yes\n")));

        Assert.Contains("Nothing was imported. Problems to fix: 4.", reply.CardText, StringComparison.Ordinal);
        Assert.Contains("Line 1: the column \"start_time\" is missing", reply.CardText, StringComparison.Ordinal);
        Assert.Contains("Line 1: the column \"ring_seconds\" is missing", reply.CardText, StringComparison.Ordinal);
        Assert.Equal(0, await teams.WithDbAsync(db => db.CallRecords.CountAsync()));

        var bad = Assert.Single(await teams.PostAsync(WithFile(teams, scene.Desk, "", "bad.csv", CallRecordSamples.Broken)));
        Assert.Contains("Line 2: \"yesterday\" in start_time is not a date and time", bad.CardText, StringComparison.Ordinal);
        Assert.Contains("Line 7: the same call as line 6.", bad.CardText, StringComparison.Ordinal);
        Assert.Equal(0, await teams.WithDbAsync(db => db.CallRecords.CountAsync()));
    }

    [Fact]
    public async Task Import_calls_without_a_file_names_the_configured_columns_and_members_cannot_import()
    {
        await using var scene = await CallScene.StartAsync(app =>
        {
            app.Settings["Calls:Records:StartTime"] = "Start Time";
            app.Settings["Calls:Records:WaitSeconds"] = "Ring Duration";
        });
        var teams = scene.Teams;
        var howTo = await teams.OpenAsync(scene.Desk, "import calls");
        Assert.Contains("Import call records", howTo.CardText, StringComparison.Ordinal);
        Assert.Contains("Start time\nStart Time", howTo.CardText, StringComparison.Ordinal);
        Assert.Contains("Seconds it rang before it was answered\nRing Duration", howTo.CardText, StringComparison.Ordinal);
        Assert.Contains("导入通话记录", (await teams.OpenAsync(scene.Desk, "导入通话记录", "zh-CN")).CardText, StringComparison.Ordinal);
        Assert.Contains("Import the building directory", (await teams.OpenAsync(scene.Desk, "import")).CardText, StringComparison.Ordinal);

        var times = Assert.Single(await teams.PressAsync(scene.Desk, howTo, "Answer times"));
        Assert.Contains("Answer times, 2026-11-25 – 2026-12-01", times.CardText, StringComparison.Ordinal);
        Assert.Contains("No call records from the phone system for these days", times.CardText, StringComparison.Ordinal);

        var refused = Assert.Single(await teams.PostAsync(WithFile(teams, scene.Wang, "import calls", "cdr.csv", CallRecordSamples.Tuesday)));
        Assert.Contains("not available to you", refused.CardText, StringComparison.Ordinal);
        Assert.Contains("not available to you", (await teams.OpenAsync(scene.Wang, "call stats")).CardText, StringComparison.Ordinal);
        Assert.Equal(0, await teams.WithDbAsync(db => db.CallRecords.CountAsync()));
        Assert.Equal("Type the days like this: call stats 2026-12-01, or call stats 2026-12-01 2026-12-07 (at most 92 days).",
            Assert.Single(await teams.SayAsync(scene.Desk, "call stats yesterday")).Text);
    }

    [Fact]
    public async Task The_host_command_line_imports_an_export_and_a_second_run_adds_nothing()
    {
        await using var scene = await CallScene.StartAsync();
        var services = scene.Teams.App.Services;
        var path = Path.Combine(scene.Teams.App.Folder, "cdr.csv");
        await File.WriteAllTextAsync(path, CallRecordSamples.Tuesday);

        using var first = new StringWriter();
        using var second = new StringWriter();
        Assert.Equal(0, await CallRecordsCommand.RunAsync(services, path, first, CancellationToken.None));
        Assert.Equal(0, await CallRecordsCommand.RunAsync(services, path, second, CancellationToken.None));

        Assert.Equal(
            ["Imported call records: 13 added, 0 already imported.",
             "Answer times, 2026-12-01: From the phone system: 11 incoming calls, 9 answered, 2 missed. Answered within three rings: 6 (55%)."],
            first.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith("Imported call records: 0 added, 13 already imported.", second.ToString(), StringComparison.Ordinal);
        Assert.Equal(["command-line", "command-line"], await scene.Teams.WithDbAsync(db => db.Audit.Where(a => a.Action == CallRecordImport.AuditAction).Select(a => a.Actor).ToListAsync()));

        await File.WriteAllTextAsync(path, CallRecordSamples.Broken);
        using var broken = new StringWriter();
        Assert.Equal(1, await CallRecordsCommand.RunAsync(services, path, broken, CancellationToken.None));
        Assert.StartsWith("Nothing was imported. Problems to fix: 6.", broken.ToString(), StringComparison.Ordinal);
        Assert.Contains("Line 4: \"abc\" in ring_seconds is not a number of seconds", broken.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Calls:CallBackMinutes", "0", "The field CallBackMinutes must be between 1 and 1440.")]
    [InlineData("Calls:RingSeconds", "abc", "Calls:RingSeconds")]
    [InlineData("Calls:Greeting:fr", "Bonjour", "Calls:Greeting:fr is not a language of the bot (en, zh-Hans).")]
    [InlineData("Calls:Records:AnsweredBy", "start_time", "Calls:Records:AnsweredBy 'start_time' is already the column of Calls:Records:StartTime.")]
    [InlineData("Calls:Records:Direction", " ", "Calls:Records:Direction must name a column (1 to 100 characters).")]
    public void A_bad_calls_setting_stops_the_start_naming_the_key(string key, string value, string expected)
    {
        using var app = new FrontDeskApp();
        app.Settings[key] = value;

        var error = Assert.ThrowsAny<Exception>(() => app.Services.GetRequiredService<IOptions<CallsOptions>>().Value);
        var messages = new List<string>();
        for (var e = error; e is not null; e = e.InnerException)
        {
            messages.Add(e.Message);
        }
        Assert.Contains(expected, string.Join("\n", messages), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_configured_greeting_is_the_script_on_the_call_card_in_each_language()
    {
        await using var scene = await CallScene.StartAsync(app =>
        {
            app.Settings["Calls:Greeting:en"] = "Harbour House, {name} speaking, good morning!";
            app.Settings["Calls:Greeting:zh-Hans"] = "您好，{building}，我是{name}。";
        });
        Assert.Contains("Harbour House, Desk Zhou speaking, good morning!", (await scene.OpenCallAsync(scene.Desk)).CardText, StringComparison.Ordinal);
        Assert.Contains("您好，FrontDesk Tower，我是Desk Zhou。", (await scene.OpenCallAsync(scene.Desk, "zh-CN")).CardText, StringComparison.Ordinal);
    }
}
