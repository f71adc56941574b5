using FrontDesk.Bot.Channels.Teams;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;
using FrontDesk.Cards.Training;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Training;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Bot.Features.Training;

// "my training" / "我的培训": one's own places on upcoming sessions, each with Cancel, and this quarter's
// attendance. Giving a place up moves the first waiting up (they are told).
public sealed class MyTrainingTask(TrainingSignUps signUps, TrainingLists lists) : ITeamsTask
{
    private static readonly string[] Phrases = ["my training", "my trainings", "my training sessions", "我的培训"];

    public IReadOnlyCollection<CardAction> Actions { get; } = [TrainingActions.Mine, TrainingActions.GiveUp];

    public bool IsFor(Person person) => person.IsStaff;

    public bool Matches(TeamsTurn turn, string typed) => Phrases.Any(p => typed.Equals(p, StringComparison.OrdinalIgnoreCase));

    public HelpEntry? Help(Texts texts, Person person) =>
        new(texts["training.help.mineTitle"], texts["training.help.mineDescription"], texts["training.help.mineTyped"], TrainingActions.Mine);

    public async Task OnTextAsync(TeamsTurn turn, string typed, CancellationToken ct) =>
        await turn.SendCardAsync(await lists.MineAsync(turn, null, ct), ct);

    public async Task OnSubmitAsync(TeamsTurn turn, CardAction action, JObject data, CancellationToken ct)
    {
        if (action == TrainingActions.Mine)
        {
            await OnTextAsync(turn, "", ct);
            return;
        }
        var result = TrainingInput.SessionId(data) is { } id
            ? await signUps.CancelAsync(id, turn.Person.StaffId!.Value, ct)
            : new SignUpResult(SignUpOutcome.NotFound, null);
        var notice = lists.Outcome(turn.Texts, result);
        var card = FormValues.Text(data, TrainingFormCards.FromField) == TrainingFormCards.FromList
            ? await lists.SessionsAsync(turn, notice, ct)
            : await lists.MineAsync(turn, notice, ct);
        await turn.ReplaceSubmittedCardAsync(card, ct);
    }
}
