using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;
using FrontDesk.Data.Directory;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Bot.Channels.Teams;

// One thing a Teams user can do with the bot (help, add staff, import the directory, …).
// A card submit reaches the task that declares its action; typed text is matched by the task's shortcuts.
public interface ITeamsTask
{
    // The card actions this task handles: each is declared once by its feature and handled by one task.
    IReadOnlyCollection<CardAction> Actions { get; }

    bool IsFor(Person person);

    bool Matches(TeamsTurn turn, string text);

    // The help card's line for this task, or null when it has none.
    HelpEntry? Help(Texts texts, Person person);

    Task OnTextAsync(TeamsTurn turn, string text, CancellationToken ct);

    Task OnSubmitAsync(TeamsTurn turn, CardAction action, JObject data, CancellationToken ct);
}

public static class Shortcut
{
    // Text equals one of the phrases, or starts with one followed by a space.
    public static bool Matches(string text, params string[] phrases) =>
        phrases.Any(p => text.Equals(p, StringComparison.OrdinalIgnoreCase) ||
                         text.StartsWith(p + " ", StringComparison.OrdinalIgnoreCase));
}
