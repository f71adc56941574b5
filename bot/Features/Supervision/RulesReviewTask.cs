using FrontDesk.Bot.Channels.Teams;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;
using FrontDesk.Cards.Supervision;
using FrontDesk.Data;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Notifications;
using FrontDesk.Data.Supervision;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;
using C = FrontDesk.Cards.Supervision.RulesReviewCards;

namespace FrontDesk.Bot.Features.Supervision;

// The review card's buttons: Kept as they are, Changed… (the box for what changed) and Record the change, and the
// history's Review the rules now. A period is recorded once: a second tap, or a colleague's, is shown the record.
public sealed class RulesReviewTask(RulesOwner owner, ReviewPacks packs, RulesReviews reviews, SupervisionNotifier notifier, SupervisionText text,
    IOptions<SupervisionOptions> options, BuildingTime time, Outbox outbox) : ITeamsTask
{
    public IReadOnlyCollection<CardAction> Actions { get; } =
        [SupervisionActions.Kept, SupervisionActions.Change, SupervisionActions.SaveChange, SupervisionActions.ReviewNow];

    public bool IsFor(Person person) => owner.MaySee(person);

    public bool Matches(TeamsTurn turn, string typed) => false;

    public HelpEntry? Help(Texts texts, Person person) => null;

    public Task OnTextAsync(TeamsTurn turn, string typed, CancellationToken ct) => Task.CompletedTask;

    public async Task OnSubmitAsync(TeamsTurn turn, CardAction action, JObject data, CancellationToken ct)
    {
        var t = turn.Texts;
        if (action == SupervisionActions.ReviewNow)
        {
            if (await RefusedAsync(turn, ct))
            {
                return;
            }
            var now = await packs.ForAsync(ReviewPeriod.UpTo(time.Today, options.Value.ReviewMonths), ct);
            await turn.SendCardAsync(C.Review(t, text.Card(t, now, reminder: false), now.Recorded is null ? null : t["supervision.review.already"]), ct);
            return;
        }
        if (ReviewPeriod.Parse(FormValues.Text(data, C.FromField), FormValues.Text(data, C.ToField)) is not { } period || !period.IsReviewable(time.Today))
        {
            await turn.SendAsync(t["supervision.review.outdated"], ct);
            return;
        }
        var reminder = FormValues.Text(data, C.ReminderField) == "true";
        var pack = await packs.ForAsync(period, ct);
        if (pack.Recorded is not null)
        {
            await turn.ReplaceSubmittedCardAsync(C.Review(t, text.Card(t, pack, reminder), t["supervision.review.already"]), ct);
            return;
        }
        if (await RefusedAsync(turn, ct))
        {
            return;
        }
        var form = FormValues.Read(data, [C.ChangesField]);
        if (action == SupervisionActions.Change)
        {
            await turn.ReplaceSubmittedCardAsync(C.ChangeForm(t, text.Card(t, pack, reminder), form), ct);
            return;
        }
        var changes = form[C.ChangesField];
        if (action == SupervisionActions.SaveChange && (changes.Length == 0 || changes.Length > RulesReview.ChangesLength))
        {
            form.AddError(C.ChangesField, changes.Length == 0 ? t["form.required"] : t.Format("form.tooLong", RulesReview.ChangesLength));
            await turn.ReplaceSubmittedCardAsync(C.ChangeForm(t, text.Card(t, pack, reminder), form), ct);
            return;
        }
        var outcome = action == SupervisionActions.Kept ? RulesReviewOutcome.Kept : RulesReviewOutcome.Changed;
        var result = await reviews.RecordAsync(new ReviewDecision(period, outcome, outcome == RulesReviewOutcome.Changed ? changes : null, pack.Figures,
            pack.WaitStandardMinutes, turn.Actor, turn.Person.StaffId ?? 0, turn.Person.Name), notifier.OutcomeAsync, ct);
        outbox.Wake();
        var shown = pack with { Recorded = result.Review };
        await turn.ReplaceSubmittedCardAsync(C.Review(t, text.Card(t, shown, reminder), result.Recorded ? null : t["supervision.review.already"]), ct);
    }

    // A manager while the owner uses the bot: the owner records it.
    private async Task<bool> RefusedAsync(TeamsTurn turn, CancellationToken ct)
    {
        if (await owner.MayRecordAsync(turn.Person, ct))
        {
            return false;
        }
        var named = await owner.ReachableAsync(ct);
        await turn.SendAsync(turn.Texts.Format("supervision.review.ownerRecords", CardText.Escape(named?.Name ?? owner.Email)), ct);
        return true;
    }
}
