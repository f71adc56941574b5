using AdaptiveCards;

namespace FrontDesk.Cards.Common;

// What a card's button asks the bot to do. Each feature declares its actions once (MailActions.Log, …):
// the card builder puts the name into the button's data and the task that handles it is found by the same
// value, so a button cannot drift away from its task.
public sealed record CardAction(string Name)
{
    public const string Key = "action";

    public AdaptiveSubmitAction Button(string title, params (string Key, object Value)[] data)
    {
        var values = new Dictionary<string, object> { [Key] = Name };
        foreach (var (key, value) in data)
        {
            values[key] = value;
        }
        return new AdaptiveSubmitAction { Title = title, Data = values };
    }

    public override string ToString() => Name;
}
