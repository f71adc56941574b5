using AdaptiveCards;
using FrontDesk.Cards.Localization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace FrontDesk.Bot.Channels.Lobby;

// One kiosk turn as a flow sees it: the visitor's conversation, their language, and how to answer, with
// the kiosk's form cards kept where they are shown (see LobbyForms). No Bot Framework type leaves this class.
public sealed class KioskTurn(ITurnContext context, Texts texts, LobbyForms forms, CodeAttempts codes)
{
    public Texts Texts => texts;

    public string ConversationId => context.Activity.Conversation.Id;

    public Task SendAsync(string text, CancellationToken ct)
    {
        var message = MessageFactory.Text(text);
        message.Locale = texts.Language;
        return context.SendActivityAsync(message, ct);
    }

    public Task SendAsync(IMessageActivity message, CancellationToken ct) => context.SendActivityAsync(message, ct);

    // Sends the form (after a line of text, if any), or redraws it where it already is.
    public Task ShowFormAsync(AdaptiveCard card, string formId, CancellationToken ct, string? text = null) =>
        forms.ShowAsync(context, card, formId, ct, text);

    public Task<bool> IsDoneAsync(string formId, CancellationToken ct) => forms.IsDoneAsync(context, formId, ct);

    // Too many invitation codes did not work in this conversation: it takes no more.
    public Task<bool> TakesNoMoreCodesAsync(CancellationToken ct) => codes.IsLockedAsync(context, ct);

    public Task CountWrongCodeAsync(string code, CancellationToken ct) => codes.CountAsync(context, code, ct);

    // The form has done its work: the summary takes its place, and it no longer answers taps.
    public Task CompleteAsync(string formId, AdaptiveCard summary, CancellationToken ct) => forms.CompleteAsync(context, formId, summary, ct);
}
