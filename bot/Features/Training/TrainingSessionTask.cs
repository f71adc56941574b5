using System.Globalization;
using FrontDesk.Bot.Channels.Teams;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;
using FrontDesk.Cards.Training;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Training;
using Newtonsoft.Json.Linq;
using F = FrontDesk.Cards.Training.TrainingFormCards;

namespace FrontDesk.Bot.Features.Training;

// Managers schedule a session ("new training" / "新建培训") and change or cancel one from the session list; the
// people it concerns are told by the use cases. Staff are refused by the router (this task is not for them).
public sealed class TrainingSessionTask(TrainingSessions sessions, TrainingQueries queries, TrainingText text, TrainingLists lists) : ITeamsTask
{
    private static readonly string[] Phrases = ["new training", "new training session", "add training", "新建培训", "添加培训"];

    public IReadOnlyCollection<CardAction> Actions { get; } =
        [TrainingActions.OpenNew, TrainingActions.SaveSession, TrainingActions.ChangeSession, TrainingActions.CancelSession];

    public bool IsFor(Person person) => person.Role == Role.Manager;

    public bool Matches(TeamsTurn turn, string typed) => Phrases.Any(p => typed.Equals(p, StringComparison.OrdinalIgnoreCase));

    public HelpEntry? Help(Texts texts, Person person) =>
        new(texts["training.help.newTitle"], texts["training.help.newDescription"], texts["training.help.newTyped"], TrainingActions.OpenNew);

    public async Task OnTextAsync(TeamsTurn turn, string typed, CancellationToken ct) =>
        await turn.SendCardAsync(F.Session(turn.Texts, Defaults(), NewToken(), null, text.Rules.Currency), ct);

    public async Task OnSubmitAsync(TeamsTurn turn, CardAction action, JObject data, CancellationToken ct)
    {
        var t = turn.Texts;
        var sessionId = TrainingInput.SessionId(data);
        if (action == TrainingActions.OpenNew)
        {
            await OnTextAsync(turn, "", ct);
        }
        else if (action == TrainingActions.ChangeSession)
        {
            var session = sessionId is { } id ? await queries.FindAsync(id, ct) : null;
            var refused = session is null ? "training.error.notFound"
                : session.IsCancelled ? "training.error.cancelled"
                : session.StartsAt <= text.Time.UtcNow ? "training.error.started"
                : null;
            await (refused is null
                ? turn.SendCardAsync(F.Session(t, FromSession(session!), NewToken(), session!.Id, session.Currency ?? text.Rules.Currency), ct)
                : turn.SendAsync(t[refused], ct));
        }
        else if (action == TrainingActions.CancelSession)
        {
            await CancelAsync(turn, data, sessionId, ct);
        }
        else
        {
            await SaveAsync(turn, data, sessionId, ct);
        }
    }

    private async Task SaveAsync(TeamsTurn turn, JObject data, int? sessionId, CancellationToken ct)
    {
        var t = turn.Texts;
        var token = FormValues.Text(data, F.TokenField) is { Length: > 0 and <= 64 } given ? given : NewToken();
        var form = FormValues.Read(data, F.Fields);
        var request = SessionForm.Read(form, t, token, turn.Actor, turn.Person.Name);
        if (request is not null)
        {
            var result = sessionId is { } id ? await sessions.ChangeAsync(id, request, ct) : await sessions.CreateAsync(request, ct);
            foreach (var (field, code, count) in result.Problems)
            {
                form.AddError(field == "session" ? F.SessionField : field, code switch
                {
                    TrainingRules.Past => t.Format("training.error.past", text.Now(t)),
                    TrainingRules.BelowSignedUp => t.Format("training.error.belowSignedUp", count),
                    TrainingRules.CapacityRange => t.Format("training.error.capacity", TrainingRules.MaxCapacity),
                    _ => t[$"training.error.{code}"],
                });
            }
            if (result.Succeeded)
            {
                await turn.ReplaceSubmittedCardAsync(TrainingCards.Saved(t, text.View(t, result.Session!), changed: sessionId is not null, result.AlreadySaved, result.Told), ct);
                return;
            }
        }
        await turn.ReplaceSubmittedCardAsync(F.Session(t, form, token, sessionId, text.Rules.Currency), ct);
    }

    private async Task CancelAsync(TeamsTurn turn, JObject data, int? sessionId, CancellationToken ct)
    {
        var t = turn.Texts;
        var reason = sessionId is { } id ? FormValues.Text(data, F.ReasonPrefix + id.ToString(CultureInfo.InvariantCulture)) : null;
        // The box stops at the limit; only a forged submit is longer.
        reason = reason is { Length: > F.ReasonLength } ? reason[..F.ReasonLength] : reason;
        var result = sessionId is null ? SessionResult.Problem("session", TrainingRules.NotFound) : await sessions.CancelAsync(sessionId.Value, reason, turn.Person.Name, ct);
        var notice = result.Succeeded
            ? new TrainingNotice(t.Format("training.session.cancelled", CardText.Escape(text.Topic(t, result.Session!)), text.When(t, result.Session!.StartsAt), result.Told))
            : new TrainingNotice(t[$"training.error.{result.Problems[0].Code}"], Good: false);
        await turn.ReplaceSubmittedCardAsync(await lists.SessionsAsync(turn, notice, ct), ct);
    }

    // A week ahead at 14:00, twelve seats, no cost: a manager changes what differs.
    private FormValues Defaults() => new()
    {
        [F.DateField] = text.Time.Today.AddDays(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        [F.TimeField] = "14:00",
        [F.CapacityField] = "12",
        [F.CostField] = "0",
    };

    private FormValues FromSession(TrainingSession s)
    {
        var local = text.Time.ToLocal(s.StartsAt);
        return new FormValues
        {
            [F.TopicField] = s.Topic.ToString(),
            [F.TitleField] = s.Title ?? "",
            [F.DateField] = local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            [F.TimeField] = local.ToString("HH:mm", CultureInfo.InvariantCulture),
            [F.PlaceField] = s.Place,
            [F.TrainerField] = s.Trainer,
            [F.CapacityField] = s.Capacity.ToString(CultureInfo.InvariantCulture),
            [F.CostField] = s.Cost.ToString(CultureInfo.InvariantCulture),
        };
    }

    private static string NewToken() => Guid.NewGuid().ToString("N");
}
