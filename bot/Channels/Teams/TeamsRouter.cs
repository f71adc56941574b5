using FrontDesk.Bot.Hosting.Telemetry;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using CardAction = FrontDesk.Cards.Common.CardAction;

namespace FrontDesk.Bot.Channels.Teams;

// Sends each Teams message to the task it is for: a card submit by its "action", typed text by the
// tasks' shortcuts. Checks the role first; anything unknown gets the help card, never silence.
public sealed class TeamsRouter(IEnumerable<ITeamsTask> tasks, TeamsIdentity identity, Catalog catalog, HelpTask help)
{
    private readonly Dictionary<string, (ITeamsTask Task, CardAction Action)> _byAction = IndexActions(tasks);

    public async Task OnMessageAsync(ITurnContext<IMessageActivity> context, CancellationToken ct)
    {
        var turn = await StartTurnAsync(context, ct);
        var person = turn.Person;

        if (ReadSubmit(context.Activity.Value) is { } submit)
        {
            await OnSubmitAsync(turn, submit, ct);
            return;
        }

        var text = NormalizeText(context);
        var task = tasks.FirstOrDefault(t => t.Matches(turn, text));
        TurnTask.Name(context, task?.GetType().Name ?? "unknown");
        if (task is null)
        {
            await help.ShowAsync(turn, text.Length == 0 ? null : turn.Texts.Format("help.notUnderstood", CardText.Escape(Shorten(text))), ct);
        }
        else if (!task.IsFor(person))
        {
            await help.ShowAsync(turn, turn.Texts["help.notAllowed"], ct);
        }
        else
        {
            await task.OnTextAsync(turn, text, ct);
        }
    }

    // The bot was installed for this user: say hello with what they can do.
    public async Task WelcomeAsync(ITurnContext context, CancellationToken ct)
    {
        TurnTask.Name(context, "welcome");
        var turn = await StartTurnAsync(context, ct);
        await help.ShowAsync(turn, turn.Texts["help.welcome"], ct);
    }

    private async Task<TeamsTurn> StartTurnAsync(ITurnContext context, CancellationToken ct)
    {
        var (person, justLinked) = await identity.ResolveAsync(context, ct);
        var turn = new TeamsTurn(context, person, catalog.For(context.Activity.Locale));
        if (justLinked)
        {
            await turn.SendAsync(LinkedMessage(turn), ct);
        }
        return turn;
    }

    // The task a card submit is for, or null when no task declares its action (an outdated or forged card).
    public (ITeamsTask Task, CardAction Action)? Route(JObject submit) =>
        submit[CardAction.Key]?.Type == JTokenType.String && _byAction.TryGetValue((string)submit[CardAction.Key]!, out var found)
            ? found
            : null;

    private async Task OnSubmitAsync(TeamsTurn turn, JObject data, CancellationToken ct)
    {
        TurnTask.Name(turn.Context, Route(data)?.Task.GetType().Name ?? "outdated-card");
        if (Route(data) is not { } route)
        {
            await help.ShowAsync(turn, turn.Texts["help.cardOutdated"], ct);
        }
        else if (!route.Task.IsFor(turn.Person))
        {
            await help.ShowAsync(turn, turn.Texts["help.notAllowed"], ct);
        }
        else
        {
            await route.Task.OnSubmitAsync(turn, route.Action, data, ct);
        }
    }

    // One task per action: a second task claiming the same action is a programming error, found at start.
    private static Dictionary<string, (ITeamsTask, CardAction)> IndexActions(IEnumerable<ITeamsTask> tasks)
    {
        var index = new Dictionary<string, (ITeamsTask, CardAction)>(StringComparer.Ordinal);
        foreach (var task in tasks)
        {
            foreach (var action in task.Actions)
            {
                if (!index.TryAdd(action.Name, (task, action)))
                {
                    throw new InvalidOperationException($"Card action '{action.Name}' is claimed by {index[action.Name].Item1.GetType().Name} and {task.GetType().Name}.");
                }
            }
        }
        return index;
    }

    private static string LinkedMessage(TeamsTurn turn)
    {
        var p = turn.Person;
        return p.CompanyName is null
            ? turn.Texts.Format("help.linkedStaff", CardText.Escape(p.Name), turn.Texts[$"role.{p.Role}"])
            : turn.Texts.Format("help.linkedMember", CardText.Escape(p.Name), CardText.Escape(p.CompanyName));
    }

    private static JObject? ReadSubmit(object? value)
    {
        var data = value switch
        {
            JObject o => o,
            string s when s.TrimStart().StartsWith('{') => TryParse(s),
            _ => null,
        };
        return data?[CardAction.Key]?.Type == JTokenType.String ? data : null;
    }

    private static JObject? TryParse(string json)
    {
        try
        {
            return JObject.Parse(json);
        }
        catch (Newtonsoft.Json.JsonReaderException)
        {
            return null;
        }
    }

    // Teams puts "<at>Bot</at>" in channel messages; the command is what is left.
    private static string NormalizeText(ITurnContext<IMessageActivity> context)
    {
        // Without a recipient there is no mention of the bot to take out (and the SDK's helper would throw).
        var text = (context.Activity.Recipient is null ? null : context.Activity.RemoveRecipientMention()) ?? context.Activity.Text ?? "";
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim();
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
