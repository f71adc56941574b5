using FrontDesk.Cards.Lobby;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Bench.Load;

// What the kiosk's walk-in form submits: its Register button's own data (KioskActions) plus the typed fields.
public static class KioskForms
{
    public static JObject WalkIn(string visitor, string host)
    {
        var button = KioskActions.RegisterWalkIn.Button("Register", Guid.NewGuid().ToString("N"), "en");
        var value = JObject.FromObject(button.Data!);
        value["name"] = visitor;
        value["company"] = "Tailspin";
        value["host"] = host;
        value["purpose"] = "Meeting";
        value["consent"] = "true";
        return value;
    }
}
