using FrontDesk.Bench.Connector;
using FrontDesk.Cards.Mail;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Bench.Load;

// Staff log a parcel: each user types "log mail" once and gets the card; each turn then presses its Save button
// with the recipient typed in, as Teams submits it (the button's data plus every input's value), under a fresh
// form token, as a new card would carry.
public sealed class MailTurns
{
    private int _sent;

    public int Sent => Volatile.Read(ref _sent);

    public List<ClosedLoop.Turn> Turns { get; } = [];

    public static async Task<MailTurns> PrepareAsync(HttpClient http, Uri messages, FakeConnector connector,
        IReadOnlyList<(string Aad, string Conversation, string Name)> staff, string recipient)
    {
        var turns = new MailTurns();
        foreach (var (aad, conversation, name) in staff)
        {
            var log = connector.Capture(conversation);
            var open = Activities.TeamsMessage(connector.ServiceUrl, conversation, aad, name, "log mail");
            open["id"] = conversation + "-open";
            using var response = await http.PostAsync(messages, new StringContent(open.ToString(), System.Text.Encoding.UTF8, "application/json"));
            response.EnsureSuccessStatusCode();
            var card = log.Bodies!.Select(JObject.Parse).Select(b => b["attachments"]?.FirstOrDefault()?["content"]).OfType<JObject>().LastOrDefault()
                       ?? throw new InvalidOperationException($"The bot answered 'log mail' for {name} without a card.");
            var pressed = Press(card, MailActions.Log.Name);
            pressed[MailFormCards.RecipientField] = recipient;
            if (string.IsNullOrEmpty((string?)pressed[MailFormCards.KindField(1)]))
            {
                pressed[MailFormCards.KindField(1)] = FirstChoice(card, MailFormCards.KindField(1));
            }
            turns.Turns.Add(new ClosedLoop.Turn(conversation, seq =>
            {
                Interlocked.Increment(ref turns._sent);
                var value = (JObject)pressed.DeepClone();
                value[MailFormCards.TokenField] = Guid.NewGuid().ToString("N");
                var submit = Activities.TeamsMessage(connector.ServiceUrl, conversation, aad, name, null, value, replyToId: "1");
                submit["id"] = $"{conversation}-{seq}";
                return submit.ToString(Newtonsoft.Json.Formatting.None);
            }));
        }
        return turns;
    }

    private static string FirstChoice(JObject card, string inputId) =>
        (string?)card.Descendants().OfType<JObject>().First(o => (string?)o["id"] == inputId)["choices"]?
            .FirstOrDefault(c => (string?)c["value"] != MailFormCards.NoItem)?["value"] ?? "";

    // The submit of the button whose data names this action: every input's current value, then the button's data.
    private static JObject Press(JObject card, string action)
    {
        var value = new JObject();
        foreach (var input in card.Descendants().OfType<JObject>().Where(o => ((string?)o["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true))
        {
            if ((string?)input["id"] is { } id && input["value"] is { } current)
            {
                value[id] = current.Type == JTokenType.String ? current : current.ToString();
            }
        }
        var button = card.Descendants().OfType<JObject>().FirstOrDefault(o => (string?)o["type"] == "Action.Submit" && (string?)o["data"]?["action"] == action)
                     ?? throw new InvalidOperationException($"The card has no button for {action}.");
        foreach (var property in ((JObject)button["data"]!).Properties())
        {
            value[property.Name] = property.Value;
        }
        return value;
    }
}
