using FrontDesk.Bot.Channels.Teams;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;
using FrontDesk.Cards.Training;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Training;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Bot.Features.Training;

// "training" / "培训": the upcoming sessions with their seats, and Sign up (or the waiting list of a full one)
// for anyone on the desk, managers included. The list is replaced by the new one, so a double tap finds the place taken.
public sealed class TrainingListTask(TrainingSignUps signUps, TrainingLists lists) : ITeamsTask
{
    private static readonly string[] Phrases = ["training", "trainings", "training sessions", "培训", "培训课程"];

    public IReadOnlyCollection<CardAction> Actions { get; } = [TrainingActions.List, TrainingActions.SignUp];

    public bool IsFor(Person person) => person.IsStaff;

    // Exactly these: "training status" and "training attendance" are other tasks'.
    public bool Matches(TeamsTurn turn, string typed) => Phrases.Any(p => typed.Equals(p, StringComparison.OrdinalIgnoreCase));

    public HelpEntry? Help(Texts texts, Person person) =>
        new(texts["training.help.listTitle"], texts["training.help.listDescription"], texts["training.help.listTyped"], TrainingActions.List);

    public async Task OnTextAsync(TeamsTurn turn, string typed, CancellationToken ct) =>
        await turn.SendCardAsync(await lists.SessionsAsync(turn, null, ct), ct);

    public async Task OnSubmitAsync(TeamsTurn turn, CardAction action, JObject data, CancellationToken ct)
    {
        if (action == TrainingActions.List)
        {
            await OnTextAsync(turn, "", ct);
            return;
        }
        var result = TrainingInput.SessionId(data) is { } id
            ? await signUps.SignUpAsync(id, turn.Person.StaffId!.Value, turn.Person.Name, ct)
            : new SignUpResult(SignUpOutcome.NotFound, null);
        await turn.ReplaceSubmittedCardAsync(await lists.SessionsAsync(turn, lists.Outcome(turn.Texts, result), ct), ct);
    }
}
