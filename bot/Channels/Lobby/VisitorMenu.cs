using AdaptiveCards;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Lobby;
using FrontDesk.Cards.Localization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace FrontDesk.Bot.Channels.Lobby;

// The visitor's choices as an Adaptive Card message: the greeting, or the prompt after an answer.
public static class VisitorMenu
{
    public static IMessageActivity Greeting(Texts t, string buildingName) =>
        Card(VisitorMenuCard.Build(t, t.Format("lobby.greeting.title", CardText.Escape(buildingName)), t["lobby.greeting.body"]));

    public static IMessageActivity Prompt(Texts t) =>
        Card(VisitorMenuCard.Build(t, t["lobby.menu.prompt"], text: null));

    private static IMessageActivity Card(AdaptiveCard card) =>
        MessageFactory.Attachment(new Attachment { ContentType = AdaptiveCard.ContentType, Content = card });
}
