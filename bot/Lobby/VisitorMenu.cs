using FrontDesk.Cards.Localization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace FrontDesk.Bot.Lobby;

// What a visitor can do, as buttons under a message.
public static class VisitorMenu
{
    public static IMessageActivity Build(Texts t, string text, string buildingName)
    {
        _ = buildingName;
        var other = t.IsChinese ? Catalog.English : Catalog.Chinese;
        var reply = MessageFactory.Text(text);
        reply.SuggestedActions = new SuggestedActions
        {
            Actions =
            [
                Choice(t["lobby.menu.invitation"], VisitorChoice.Invitation, t.Language),
                Choice(t["lobby.menu.walkin"], VisitorChoice.WalkIn, t.Language),
                Choice(t["lobby.menu.leaving"], VisitorChoice.Leaving, t.Language),
                Choice(t["lobby.menu.feedback"], VisitorChoice.Feedback, t.Language),
                Choice(t["lobby.menu.language"], VisitorChoice.Language, other),
            ],
        };
        return reply;
    }

    private static CardAction Choice(string title, VisitorChoice choice, string language) =>
        new(ActionTypes.MessageBack, title, text: title, displayText: title,
            value: new { lobby = VisitorIntent.ChoiceValue(choice), language });
}
