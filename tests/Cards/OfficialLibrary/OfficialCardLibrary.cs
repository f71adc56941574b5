using System.Diagnostics;
using AdaptiveCards;
using FrontDesk.Tests.Harness;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Tests.Cards.OfficialLibrary;

// One thing the official Adaptive Cards library reported about one card while parsing or validating it.
public sealed record LibraryEvent(string Card, string Phase, string Event, string Message)
{
    public override string ToString() => $"{Card}: {Phase}/{Event}: {Message}";
}

public sealed record LibraryReport(int Checked, IReadOnlyList<LibraryEvent> Events);

// Runs check-cards.js in Node on the adaptivecards package that bot/'s build installs with Web Chat (npm ci).
public static class OfficialCardLibrary
{
    public static string RepositoryRoot { get; } = Repository.Root;

    public static string PackageFolder => Path.Combine(RepositoryRoot, "bot", "node_modules", "adaptivecards");

    public static LibraryReport Check(IEnumerable<(string Name, AdaptiveCard Card)> cards)
    {
        var library = Path.Combine(PackageFolder, "dist", "adaptivecards.js");
        if (!File.Exists(library))
        {
            throw new InvalidOperationException($"{library} is missing: building bot/ runs npm ci there (delete bot/wwwroot/lib to make it run again).");
        }
        var input = new JArray(cards.Select(c => new JObject { ["name"] = c.Name, ["card"] = JObject.Parse(c.Card.ToJson()) }));
        var start = new ProcessStartInfo("node")
        {
            ArgumentList = { Path.Combine(RepositoryRoot, "tests", "Cards", "OfficialLibrary", "check-cards.js"), library },
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var node = Process.Start(start)!;
        var output = node.StandardOutput.ReadToEndAsync();
        var errors = node.StandardError.ReadToEndAsync();
        node.StandardInput.Write(input.ToString(Newtonsoft.Json.Formatting.None));
        node.StandardInput.Close();
        if (!node.WaitForExit(TimeSpan.FromMinutes(1)))
        {
            node.Kill();
            throw new TimeoutException("check-cards.js did not finish within a minute.");
        }
        if (node.ExitCode != 0)
        {
            throw new InvalidOperationException($"check-cards.js failed ({node.ExitCode}): {errors.Result}");
        }
        var report = JObject.Parse(output.Result);
        var events = report["events"]!.Select(e => new LibraryEvent((string)e["name"]!, (string)e["phase"]!, (string)e["event"]!, (string)e["message"]!));
        return new LibraryReport((int)report["checked"]!, [.. events]);
    }
}
