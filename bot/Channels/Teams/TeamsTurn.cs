using AdaptiveCards;
using FrontDesk.Cards.Localization;
using FrontDesk.Data.Directory;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace FrontDesk.Bot.Channels.Teams;

// One Teams message turn as a task sees it: who is asking, in which language, and how to answer.
public sealed class TeamsTurn(ITurnContext context, Person person, Texts texts)
{
    public ITurnContext Context => context;
    public Activity Activity => context.Activity;
    public Person Person => person;
    public Texts Texts => texts;

    // Who did it, for audit entries: the Teams account's directory id.
    public string Actor => Activity.From?.AadObjectId ?? Activity.From?.Id ?? "unknown";

    public Task SendAsync(string text, CancellationToken ct) =>
        context.SendActivityAsync(MessageFactory.Text(text), ct);

    public async Task<string?> SendCardAsync(AdaptiveCard card, CancellationToken ct)
    {
        var sent = await context.SendActivityAsync(CardMessage.From(card), ct);
        return sent?.Id;
    }

    // Replaces the card the user just submitted (so a second tap cannot submit it again); when the
    // submit did not come from a card we sent, the new card is sent instead.
    public async Task ReplaceSubmittedCardAsync(AdaptiveCard card, CancellationToken ct)
    {
        var cardId = Activity.ReplyToId;
        if (string.IsNullOrEmpty(cardId))
        {
            await SendCardAsync(card, ct);
            return;
        }
        var update = CardMessage.From(card);
        update.Id = cardId;
        await context.UpdateActivityAsync(update, ct);
    }
}

public static class CardMessage
{
    public static Activity From(AdaptiveCard card)
    {
        var message = (Activity)MessageFactory.Attachment(new Attachment { ContentType = AdaptiveCard.ContentType, Content = card });
        return message;
    }
}
