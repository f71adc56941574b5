using FrontDesk.Bot.Channels.Teams;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Feedback;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Feedback;
using Newtonsoft.Json.Linq;
using F = FrontDesk.Cards.Feedback.FeedbackFormCards;

namespace FrontDesk.Bot.Features.Feedback;

// "feedback" / "反馈": a member rates the desk; a staff member writes down what a customer told them. One card,
// saved once however often Save is tapped; a rating of 1 or 2 alerts the managers.
public sealed class FeedbackFormTask(FeedbackLog log, FeedbackText text) : ITeamsTask
{
    private static readonly string[] Phrases = ["feedback", "反馈", "give feedback", "提交反馈", "record feedback", "登记反馈"];

    public IReadOnlyCollection<CardAction> Actions { get; } = [FeedbackActions.Open, FeedbackActions.Give, FeedbackActions.Record];

    public bool IsFor(Person person) => person.Role is Role.Tenant || person.IsStaff;

    // Only the bare words: "feedback summary" and the like are other tasks'.
    public bool Matches(TeamsTurn turn, string typed) => Phrases.Contains(typed, StringComparer.OrdinalIgnoreCase);

    public HelpEntry? Help(Cards.Localization.Texts texts, Person person) => person.IsStaff
        ? new(texts["feedback.help.recordTitle"], texts["feedback.help.recordDescription"], texts["feedback.help.recordTyped"], FeedbackActions.Open)
        : new(texts["feedback.help.giveTitle"], texts["feedback.help.giveDescription"], texts["feedback.help.giveTyped"], FeedbackActions.Open);

    public async Task OnTextAsync(TeamsTurn turn, string typed, CancellationToken ct) =>
        await turn.SendCardAsync(Form(turn, FormValues.Empty, FeedbackText.Desk(await log.DeskAsync(ct)), NewToken()), ct);

    public async Task OnSubmitAsync(TeamsTurn turn, CardAction action, JObject data, CancellationToken ct)
    {
        if (action == FeedbackActions.Open)
        {
            await OnTextAsync(turn, "feedback", ct);
            return;
        }
        var audience = Audience(turn.Person);
        // The member's card and the desk's differ in what they may claim: a card for the other kind is refused.
        if ((action == FeedbackActions.Record) != (audience == FeedbackAudience.Desk))
        {
            await turn.SendAsync(turn.Texts["help.notAllowed"], ct);
            return;
        }
        var desk = FeedbackText.Desk(await log.DeskAsync(ct));
        var token = FormValues.Text(data, F.TokenField) is { Length: > 0 and <= 64 } given ? given : NewToken();
        var (form, answers) = FeedbackFormCheck.Read(data, audience, desk, turn.Texts);
        if (answers is null)
        {
            await turn.ReplaceSubmittedCardAsync(Form(turn, form, desk, token), ct);
            return;
        }
        var result = await log.SaveAsync(new FeedbackRequest(token, answers.Rating, answers.Category, answers.Comment, answers.AboutStaffId,
            Giver(turn, answers)), ct);
        await turn.ReplaceSubmittedCardAsync(FeedbackCards.Saved(turn.Texts, text.View(result.Entry), result.AlreadySaved), ct);
    }

    // A member who agrees to be contacted is reached as the directory knows them; a customer by what the desk wrote.
    private static FeedbackGiver Giver(TeamsTurn turn, FeedbackAnswers a)
    {
        var p = turn.Person;
        return p.IsStaff
            ? new(FeedbackSource.RecordedByStaff, turn.Actor, null, null, p.Name, a.Channel, null, a.Contact, a.ContactName, a.ContactCompany, a.ContactDetails)
            : new(FeedbackSource.Teams, turn.Actor, p.MemberId, p.CompanyId, null, null, null, a.Contact, p.Name, p.CompanyName, p.Email);
    }

    private static FeedbackAudience Audience(Person person) => person.IsStaff ? FeedbackAudience.Desk : FeedbackAudience.Member;

    private static AdaptiveCards.AdaptiveCard Form(TeamsTurn turn, FormValues form, IReadOnlyList<DeskChoice> desk, string token) =>
        Audience(turn.Person) == FeedbackAudience.Desk ? F.ForDesk(turn.Texts, form, desk, token) : F.ForMember(turn.Texts, form, desk, token);

    private static string NewToken() => Guid.NewGuid().ToString("N");
}
