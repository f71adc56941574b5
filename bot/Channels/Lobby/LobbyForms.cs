using AdaptiveCards;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace FrontDesk.Bot.Channels.Lobby;

// The kiosk's form cards in one conversation. Web Chat's submit does not say which card it came from,
// so each form carries an id and this remembers which activity shows it (to redraw it with errors, or
// replace it by a summary) and which forms are done (a second tap on a done form is ignored).
public sealed class LobbyForms(ConversationState state, IStorage storage)
{
    private const int Kept = 20;
    private readonly IStatePropertyAccessor<FormLog> _log = state.CreateProperty<FormLog>("lobby.forms");

    public static string NewId() => Guid.NewGuid().ToString("N");

    // Sends the form (after a line of text, if any), or redraws it where it already is.
    public async Task ShowAsync(ITurnContext turn, AdaptiveCard card, string formId, CancellationToken ct, string? text = null)
    {
        var log = await _log.GetAsync(turn, () => new FormLog(), ct);
        if (text is not null)
        {
            await turn.SendActivityAsync(MessageFactory.Text(text), ct);
        }
        var message = Message(card);
        if (!log.Shown.TryGetValue(formId, out var activityId) || !await TryUpdateAsync(turn, message, activityId, ct))
        {
            if ((await turn.SendActivityAsync(message, ct))?.Id is { } sent)
            {
                log.Shown[formId] = sent;
                log.Order.Remove(formId);
                log.Order.Add(formId);
                Trim(log);
            }
        }
        await state.SaveChangesAsync(turn, false, ct);
    }

    // Azure's Direct Line (Lobby:DirectLine:Mode Azure) cannot update an activity: the card is sent anew there.
    private static async Task<bool> TryUpdateAsync(ITurnContext turn, Activity message, string activityId, CancellationToken ct)
    {
        message.Id = activityId;
        try
        {
            await turn.UpdateActivityAsync(message, ct);
            return true;
        }
        catch (ErrorResponseException)
        {
            message.Id = null;
            return false;
        }
    }

    public async Task<bool> IsDoneAsync(ITurnContext turn, string formId, CancellationToken ct) =>
        (await _log.GetAsync(turn, () => new FormLog(), ct)).Done.Contains(formId);

    // The form has done its work: the summary takes its place, and it no longer answers taps.
    public async Task CompleteAsync(ITurnContext turn, string formId, AdaptiveCard summary, CancellationToken ct)
    {
        await ShowAsync(turn, summary, formId, ct);
        var log = await _log.GetAsync(turn, () => new FormLog(), ct);
        log.Done.Add(formId);
        await state.SaveChangesAsync(turn, false, ct);
    }

    // The conversation has ended: its forms can never be tapped again. The key is ConversationState's own.
    public Task ForgetAsync(IReadOnlyList<string> conversationIds, CancellationToken ct) =>
        conversationIds.Count == 0
            ? Task.CompletedTask
            : storage.DeleteAsync([.. conversationIds.Select(id => $"{Microsoft.Bot.Connector.Channels.Directline}/conversations/{id}")], ct);

    private static void Trim(FormLog log)
    {
        while (log.Order.Count > Kept)
        {
            var oldest = log.Order[0];
            log.Order.RemoveAt(0);
            log.Shown.Remove(oldest);
            log.Done.Remove(oldest);
        }
    }

    private static Activity Message(AdaptiveCard card) =>
        (Activity)MessageFactory.Attachment(new Attachment { ContentType = AdaptiveCard.ContentType, Content = card });

    public sealed class FormLog
    {
        public Dictionary<string, string> Shown { get; set; } = [];

        public List<string> Order { get; set; } = [];

        public HashSet<string> Done { get; set; } = [];
    }
}
