using FrontDesk.Cards.Lobby;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace FrontDesk.Bot.Hosting.Telemetry;

// The task a router picked for this turn, kept in the turn's state for the turn's latency metric.
public static class TurnTask
{
    private const string Key = "FrontDesk.TurnTask";

    public static void Name(ITurnContext context, string task) => context.TurnState[Key] = task;

    // The kiosk's flows and steps: "kiosk.walkin", "kiosk.walkin.submit", a code typed in the chat box "kiosk.invitation.typed".
    public static void Kiosk(ITurnContext context, KioskFlow choice, KioskAction? pressed, bool typedCode) =>
        Name(context, typedCode ? "kiosk.invitation.typed"
            : pressed?.Step is { } step ? $"kiosk.{pressed.FlowName}.{step}"
            : $"kiosk.{choice.ToString().ToLowerInvariant()}");

    // Unnamed turns: a proactive send's continuation, or an activity no router handled.
    public static string Of(ITurnContext context) =>
        context.TurnState.TryGetValue(Key, out var task) && task is string name ? name
        : context.Activity is { Type: ActivityTypes.Event, Name: "ContinueConversation" } ? "proactive"
        : "other";
}
