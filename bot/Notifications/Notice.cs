using AdaptiveCards;
using FrontDesk.Bot.Channels.Teams;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace FrontDesk.Bot.Notifications;

// What a notice says: a line of text or a card. Features build these and the composer turns them into the
// channel's activity, so no Bot Framework type reaches a feature.
public sealed record Notice
{
    private Notice(string? text, AdaptiveCard? card)
    {
        Text = text;
        Card = card;
    }

    public string? Text { get; }

    public AdaptiveCard? Card { get; }

    public static Notice Of(string text) => new(text, null);

    public static Notice Of(AdaptiveCard card) => new(null, card);

    internal IMessageActivity ToActivity() => Card is null ? MessageFactory.Text(Text) : CardMessage.From(Card);
}
