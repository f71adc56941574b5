using System.Text.Json;
using System.Text.Json.Nodes;
using FrontDesk.Bot.Channels.Teams;
using FrontDesk.Cards.Lobby;
using FrontDesk.Cards.Localization;
using FrontDesk.Tests.Channels.Lobby;
using FrontDesk.Tests.Harness;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Tests.Security;

// Tries every cell of the access matrix through the protocol: each person posts what Teams (or Web Chat at
// the kiosk) would post for that action, with the ids of Ann's records, as a forged submit would.
public class AccessMatrixTests
{
    private static readonly Texts T = Catalog.Default.For("en");
    // How a refusal reads: the router's, or a task's own for a part of it kept to managers.
    private static readonly string[] Refusals = [T["help.notAllowed"], T["staff.managersOnly"]];
    private static readonly string NotUnderstood = T["help.notUnderstood"].Split('{')[0];

    [Fact]
    public async Task Every_cell_of_the_access_matrix_holds_through_the_protocol()
    {
        await using var world = await AccessWorld.StartAsync();
        var visitor = await DirectLineTestClient.StartAsync(world.Teams.App);
        var failures = new List<string>();
        // Refusals first, while Ann's records are as seeded: what an allowed cell changes must not hide a write.
        foreach (var allowedPass in new[] { false, true })
        {
            foreach (var row in AccessMatrix.Rows)
            {
                foreach (var role in Enum.GetValues<AccessRole>())
                {
                    var access = row[role];
                    if ((access is Access.Yes or Access.Company) == allowedPass)
                    {
                        failures.AddRange(await TryAsync(world, visitor, row, role, access));
                    }
                }
            }
        }
        Assert.True(failures.Count == 0, $"{failures.Count} cells do not hold:\n" + string.Join("\n", failures));
    }

    [Fact]
    public async Task Every_card_action_and_kiosk_step_has_a_row_in_the_matrix()
    {
        await using var app = new FrontDeskApp();
        var actions = app.Services.GetServices<ITeamsTask>().SelectMany(t => t.Actions).Select(a => a.Name).ToHashSet(StringComparer.Ordinal);
        var rows = AccessMatrix.Rows.Where(r => !r.IsCommand && !r.IsKiosk).Select(r => r.What).ToHashSet(StringComparer.Ordinal);
        Assert.Empty(actions.Except(rows));
        Assert.Empty(rows.Except(actions));

        var steps = Enum.GetValues<KioskFlow>().Where(f => f is not (KioskFlow.Unknown or KioskFlow.Greeting or KioskFlow.Language))
            .Select(f => new KioskAction(f).FlowName)
            .Concat(KioskActions.Steps.Select(a => $"{a.FlowName}/{a.Step}"))
            .Select(s => "kiosk:" + s);
        Assert.Equal(steps.Order(StringComparer.Ordinal), AccessMatrix.Rows.Where(r => r.IsKiosk).Select(r => r.What).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void README_shows_the_matrix_as_the_tests_check_it()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md")).ReplaceLineEndings("\n");
        Assert.Contains(AccessMatrix.Markdown(), readme, StringComparison.Ordinal);
    }

    private static async Task<IEnumerable<string>> TryAsync(AccessWorld world, DirectLineTestClient visitor, AccessRow row, AccessRole role, Access access)
    {
        var checksWrites = access is Access.No or Access.Own;
        var before = checksWrites ? await world.FingerprintAsync() : null;
        var shown = role == AccessRole.Visitor
            ? await AtKioskAsync(visitor, row, world)
            : await InTeamsAsync(world, world.Of(role)!, row);
        var problems = new List<string>();
        var cell = $"{row.What} × {role} ({access})";
        var refusedByRole = Refusals.Any(r => shown.Contains(r, StringComparison.Ordinal));
        if (role == AccessRole.Visitor)
        {
            if (access != Access.No && shown.Length == 0)
            {
                problems.Add($"{cell}: the kiosk answered nothing.");
            }
        }
        else if (access == Access.No && !row.IsKiosk && !refusedByRole)
        {
            problems.Add($"{cell}: was not refused; it answered: {Shorten(shown)}");
        }
        else if (access is Access.Yes or Access.Company && refusedByRole)
        {
            problems.Add($"{cell}: was refused.");
        }
        else if (access != Access.No && row.IsCommand && shown.Contains(NotUnderstood, StringComparison.Ordinal))
        {
            problems.Add($"{cell}: the command reached no task.");
        }
        if (checksWrites && await world.FingerprintAsync() != before)
        {
            problems.Add($"{cell}: changed stored records; it answered: {Shorten(shown)}");
        }
        foreach (var secret in SecretsFor(role, access))
        {
            if (shown.Contains(secret, StringComparison.Ordinal))
            {
                problems.Add($"{cell}: showed '{secret}'.");
            }
        }
        return problems;
    }

    // What the person must not see in that cell: Ann's records for anyone but her company (when allowed) and
    // the desk; for staff and managers in an "own only" cell, other staff members' records and who gave feedback.
    private static string[] SecretsFor(AccessRole role, Access access) => (role, access) switch
    {
        (AccessRole.Staff or AccessRole.Manager, Access.Own) => ["Ma Lin", "Ann Lee"],
        (AccessRole.Staff or AccessRole.Manager, _) => [],
        (_, Access.Company) when role == AccessRole.SameCompany => [],
        _ => AccessWorld.AnnsSecrets,
    };

    private static async Task<string> InTeamsAsync(AccessWorld world, TeamsUser user, AccessRow row)
    {
        IReadOnlyList<RecordedCall> replies;
        if (row.IsCommand)
        {
            replies = await world.Teams.SayAsync(user, row.Command);
        }
        else
        {
            // Forged: the payload a card with this action would carry, naming Ann's records.
            replies = await world.Teams.SubmitForgedAsync(user, Payload(world, row), cardId: null);
        }
        return string.Join("\n", replies.Where(c => c.ConversationId == user.ConversationId).Select(c => $"{c.Text}\n{c.CardText}"));
    }

    private static async Task<string> AtKioskAsync(DirectLineTestClient visitor, AccessRow row, AccessWorld world)
    {
        var (_, mark) = await visitor.GetActivitiesAsync();
        HttpResponseMessage response;
        if (row.IsCommand)
        {
            response = await visitor.PostTextAsync(row.Command, Guid.NewGuid().ToString("N"));
        }
        else
        {
            var value = JsonNode.Parse(Payload(world, row).ToString(Newtonsoft.Json.Formatting.None))!.AsObject();
            // Forged: a Teams card's data posted to the kiosk as Web Chat would post a card submit.
            response = await visitor.PostAsync(new JsonObject
            {
                ["type"] = "message",
                ["value"] = value,
                ["locale"] = "en-US",
                ["channelData"] = new JsonObject { ["clientActivityID"] = Guid.NewGuid().ToString("N") },
            });
        }
        using (response)
        {
            // A post the local Direct Line turned away would prove nothing about the bot.
            Assert.True(response.IsSuccessStatusCode, $"The kiosk's Direct Line refused {row.What}: {(int)response.StatusCode}");
        }
        var (after, _) = await visitor.GetActivitiesAsync(mark);
        return string.Join("\n", after.Where(DirectLineTestClient.IsFromBot).Select(a => a.GetRawText()));
    }

    // A submit naming every record of Ann's that some action takes, under the keys the cards use.
    private static JObject Payload(AccessWorld world, AccessRow row)
    {
        if (row.IsKiosk)
        {
            var parts = row.What["kiosk:".Length..].Split('/');
            var kiosk = new JObject { [KioskAction.FlowKey] = parts[0], [KioskAction.LanguageKey] = "en" };
            if (parts.Length > 1)
            {
                kiosk[KioskAction.StepKey] = parts[1];
                kiosk[KioskAction.FormKey] = "forged-form";
            }
            return kiosk;
        }
        return new JObject
        {
            ["action"] = row.What,
            ["visitId"] = world.VisitId,
            ["answer"] = "ComingDown",
            ["id"] = row.What.StartsWith("watchlist", StringComparison.Ordinal) ? world.WatchId : world.VisitId,
            ["serial"] = world.Serial,
            ["reference"] = world.Reference,
            ["feedback"] = world.FeedbackId,
            ["note"] = "Forged follow-up",
            ["sessionId"] = world.SessionId,
            ["staff"] = world.MaStaffId,
            ["quarter"] = "2026-Q4",
            ["shift"] = world.ShiftId,
            ["week"] = "2026-11-30",
            ["day"] = "2026-12-01",
            ["period"] = "2026-11",
            ["code"] = "ZZZZZZ",
            ["who"] = "Ann Lee",
        };
    }

    private static string Shorten(string text) => text.Length <= 300 ? text.ReplaceLineEndings(" ") : text[..300].ReplaceLineEndings(" ") + "…";
}
