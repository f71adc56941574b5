using FrontDesk.Bot.Channels.Teams;
using FrontDesk.Bot.Channels.Teams.Package;
using FrontDesk.Bot.Features.Calls;
using FrontDesk.Bot.Features.Staffing;
using FrontDesk.Data.Staffing;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Hosting;

// One-off commands of the host instead of serving:
//   teams-package [--out file.zip]   writes the Teams app package
//   --import members.csv             imports companies or members into the directory
//   --import-calls export.csv        imports the phone system's call records
//   staffing --arrivals-per-hour …    the Erlang C staff need for a what-if question (StaffingCommand)
//   backup file.db                   an online, consistent copy of the database (BackupCommand)
public static class CommandLine
{
    // Returns the exit code when the arguments asked for a command, or null to start the server.
    public static async Task<int?> TryRunAsync(WebApplication app, string[] args)
    {
        if (args.Contains("teams-package"))
        {
            return WritePackage(app, ValueAfter(args, "--out") ?? "frontdesk-teams.zip");
        }
        if (ValueAfter(args, "--import") is { } csv)
        {
            return await RunImportAsync(app, csv);
        }
        if (ValueAfter(args, "--import-calls") is { } calls)
        {
            return await CallRecordsCommand.RunAsync(app.Services, calls, Console.Out, CancellationToken.None);
        }
        if (args.Contains(BackupCommand.Name))
        {
            return await BackupCommand.RunAsync(app.Services, ValueAfter(args, BackupCommand.Name), Console.Out, Console.Error, CancellationToken.None);
        }
        if (args.Contains(StaffingCommand.Name))
        {
            return RunStaffing(app, args);
        }
        return null;
    }

    private static int WritePackage(WebApplication app, string path)
    {
        try
        {
            var botId = app.Services.GetRequiredService<IOptions<BotCredentialsOptions>>().Value.MicrosoftAppId;
            using (var file = File.Create(path))
            {
                TeamsPackage.Write(file, botId, app.Services.GetRequiredService<IOptions<TeamsPackageOptions>>().Value);
            }
            Console.WriteLine($"Wrote the Teams app package for bot {botId} to {Path.GetFullPath(path)}.");
            return 0;
        }
        catch (Exception e) when (e is InvalidOperationException or OptionsValidationException)
        {
            File.Delete(path);
            Console.Error.WriteLine(e.Message);
            return 2;
        }
    }

    // The settings give the defaults; a bad setting is reported like a bad argument.
    private static int RunStaffing(WebApplication app, string[] args)
    {
        try
        {
            return StaffingCommand.Run(args, Console.Out, Console.Error, app.Services.GetRequiredService<StaffingRules>());
        }
        catch (OptionsValidationException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }
    }

    private static Task<int> RunImportAsync(WebApplication app, string csv) =>
        ImportCommand.RunAsync(app.Services, csv, Console.Out, CancellationToken.None);

    private static string? ValueAfter(string[] args, string flag)
    {
        var i = Array.IndexOf(args, flag);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
