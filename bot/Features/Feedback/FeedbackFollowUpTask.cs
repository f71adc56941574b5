using FrontDesk.Bot.Channels.Teams;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Feedback;
using FrontDesk.Cards.Localization;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Feedback;
using FrontDesk.Data.Privacy;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Bot.Features.Feedback;

// A manager's Follow up on a low-rating alert: the alert asks what was done, and saving it records who took it
// up and when. The first manager to save owns it; a colleague's later save is shown what was recorded.
public sealed class FeedbackFollowUpTask(FeedbackFollowUps followUps, FeedbackText text, AccessLog access) : ITeamsTask
{
    public IReadOnlyCollection<CardAction> Actions { get; } = [FeedbackActions.FollowUp, FeedbackActions.SaveFollowUp];

    public bool IsFor(Person person) => person.Role == Role.Manager;

    public bool Matches(TeamsTurn turn, string typed) => false;

    public HelpEntry? Help(Texts texts, Person person) => null;

    public Task OnTextAsync(TeamsTurn turn, string typed, CancellationToken ct) => Task.CompletedTask;

    public async Task OnSubmitAsync(TeamsTurn turn, CardAction action, JObject data, CancellationToken ct)
    {
        var t = turn.Texts;
        var entry = int.TryParse(FormValues.Text(data, FeedbackCards.FeedbackField), out var id) ? await followUps.FindAsync(id, ct) : null;
        if (entry is null)
        {
            await turn.SendAsync(t["feedback.followUp.missing"], ct);
            return;
        }
        // Every answer below shows the alert again, with the giver's contact details where they left them.
        await access.FeedbackViewedAsync(turn.Actor, "feedback.alert", [entry], ct);
        var form = FormValues.Read(data, [FeedbackCards.NoteField]);
        if (action == FeedbackActions.FollowUp || entry.FollowedUpAt is not null)
        {
            await turn.ReplaceSubmittedCardAsync(entry.FollowedUpAt is null ? FeedbackCards.FollowUp(t, text.View(entry), form) : FeedbackCards.Alert(t, text.View(entry)), ct);
            return;
        }
        var note = form[FeedbackCards.NoteField];
        if (note.Length == 0 || note.Length > FeedbackCards.NoteLength)
        {
            form.AddError(FeedbackCards.NoteField, note.Length == 0 ? t["form.required"] : t.Format("form.tooLong", FeedbackCards.NoteLength));
            await turn.ReplaceSubmittedCardAsync(FeedbackCards.FollowUp(t, text.View(entry), form), ct);
            return;
        }
        var result = await followUps.RecordAsync(entry.Id, note, turn.Actor, turn.Person.Name, ct);
        await turn.ReplaceSubmittedCardAsync(FeedbackCards.Alert(t, text.View(result.Entry ?? entry)), ct);
    }
}
