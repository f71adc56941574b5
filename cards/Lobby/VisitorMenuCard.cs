using AdaptiveCards;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;

namespace FrontDesk.Cards.Lobby;

// The kiosk's card of what a visitor can do: a heading (the greeting or a prompt), maybe a line of text, and one big button
// per choice. A tap submits { lobby: choice, language }; the language button names the other language.
public static class VisitorMenuCard
{
    public static readonly IReadOnlyList<(KioskAction Choice, string TitleKey)> Choices =
    [
        (KioskActions.Invitation, "lobby.menu.invitation"),
        (KioskActions.WalkIn, "lobby.menu.walkin"),
        (KioskActions.Leaving, "lobby.menu.leaving"),
        (KioskActions.Feedback, "lobby.menu.feedback"),
    ];

    public static AdaptiveCard Build(Texts t, string heading, string? text)
    {
        var card = FormParts.NewCard(t.Language);
        card.FallbackText = text ?? heading;
        card.Body.Add(FormParts.Heading(heading));
        if (text is not null)
        {
            card.Body.Add(FormParts.Paragraph(text));
        }
        foreach (var (choice, titleKey) in Choices)
        {
            card.Actions.Add(choice.MenuButton(t[titleKey], t.Language));
        }
        var other = t.IsChinese ? Catalog.English : Catalog.Chinese;
        card.Actions.Add(KioskActions.Language.MenuButton(t["lobby.menu.language"], other));
        return card;
    }
}
