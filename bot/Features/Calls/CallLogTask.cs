using FrontDesk.Bot.Channels.Teams;
using FrontDesk.Cards.Calls;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;
using FrontDesk.Data.Calls;
using FrontDesk.Data.Directory;
using Newtonsoft.Json.Linq;
using F = FrontDesk.Cards.Calls.CallFormCards;

namespace FrontDesk.Bot.Features.Calls;

// Staff take a phone message ("call" / "来电", or "call Contoso" to fill in the recipient): one card, the
// recipient found with the directory's tolerant search, saved with its own reference number.
public sealed class CallLogTask(DirectorySearch search, CallLog log, CallText text) : ITeamsTask
{
    private static readonly string[] Phrases = ["log call", "登记来电", "call", "来电"];

    public IReadOnlyCollection<CardAction> Actions { get; } = [CallActions.OpenLog, CallActions.Log];

    public bool IsFor(Person person) => person.IsStaff;

    public bool Matches(TeamsTurn turn, string typed) => Shortcut.Matches(typed, Phrases) && !CallRecordsTask.IsOwn(typed);

    public HelpEntry? Help(Texts texts, Person person) =>
        new(texts["calls.help.logTitle"], texts["calls.help.logDescription"], texts["calls.help.logTyped"], CallActions.OpenLog);

    public async Task OnTextAsync(TeamsTurn turn, string typed, CancellationToken ct)
    {
        var form = new FormValues();
        if (Phrases.FirstOrDefault(p => typed.StartsWith(p + " ", StringComparison.OrdinalIgnoreCase)) is { } phrase)
        {
            form[F.RecipientField] = typed[(phrase.Length + 1)..].Trim();
        }
        await turn.SendCardAsync(F.Log(turn.Texts, form, NewToken(), [], text.Greeting(turn.Texts, turn.Person.Name)), ct);
    }

    public async Task OnSubmitAsync(TeamsTurn turn, CardAction action, JObject data, CancellationToken ct)
    {
        if (action == CallActions.OpenLog)
        {
            await OnTextAsync(turn, "call", ct);
            return;
        }
        var t = turn.Texts;
        var token = FormValues.Text(data, F.TokenField) is { Length: > 0 and <= 64 } given ? given : NewToken();
        var form = FormValues.Read(data, [F.CallerField, F.CallerCompanyField, F.PhoneField, F.RecipientField, F.PickField, F.MessageField,
            F.UrgentField, F.CallBackField, F.AnsweredField]);
        Check(form, t);
        var (recipient, candidates) = await FindRecipientAsync(form, t, ct);
        if (!form.IsValid || recipient is null)
        {
            await turn.ReplaceSubmittedCardAsync(F.Log(t, form, token, candidates, text.Greeting(t, turn.Person.Name)), ct);
            return;
        }
        var result = await log.SaveAsync(new PhoneMessageRequest(token, recipient.CompanyId, recipient.Kind == MatchKind.Member ? recipient.Id : null,
            form[F.CallerField], Blank(form[F.CallerCompanyField]), Blank(form[F.PhoneField]), form[F.MessageField], form[F.UrgentField] == "true",
            form[F.CallBackField] == "true", Enum.Parse<AnswerSpeed>(form[F.AnsweredField]), turn.Actor, turn.Person.Name), ct);
        await turn.ReplaceSubmittedCardAsync(CallCards.Saved(t, text.View(result.Message), result.AlreadySaved, result.Message.NotifiedCount), ct);
    }

    private static void Check(FormValues form, Texts t)
    {
        Required(form, F.CallerField, t);
        Short(form, F.CallerField, F.NameLength, t);
        Short(form, F.CallerCompanyField, F.NameLength, t);
        var phone = form[F.PhoneField];
        if (phone.Length > F.PhoneLength)
        {
            form.AddError(F.PhoneField, t.Format("form.tooLong", F.PhoneLength));
        }
        else if (phone.Length > 0 && !CallRules.IsPhoneNumber(phone))
        {
            form.AddError(F.PhoneField, t["calls.log.badPhone"]);
        }
        else if (phone.Length == 0 && form[F.CallBackField] == "true")
        {
            form.AddError(F.PhoneField, t["calls.log.phoneForCallBack"]);
        }
        Required(form, F.MessageField, t);
        Short(form, F.MessageField, F.MessageLength, t);
        if (!F.Speeds.Contains(form[F.AnsweredField], StringComparer.Ordinal))
        {
            form.AddError(F.AnsweredField, t["form.pickOne"]);
        }
    }

    private async Task<(DirectoryMatch? Match, IReadOnlyList<CallChoice> Candidates)> FindRecipientAsync(FormValues form, Texts t, CancellationToken ct)
    {
        var typed = form[F.RecipientField];
        if (typed.Length == 0 || typed.Length > F.NameLength)
        {
            form.AddError(F.RecipientField, typed.Length == 0 ? t["form.required"] : t.Format("form.tooLong", F.NameLength));
            return (null, []);
        }
        var matches = await search.FindAsync(typed, 8, ct);
        if (matches.Count == 0)
        {
            form.AddError(F.RecipientField, t.Format("calls.log.unknownRecipient", CardText.Escape(typed)));
            return (null, []);
        }
        if ((DirectoryMatch.Picked(matches, form[F.PickField]) ?? DirectoryMatch.Clear(matches)) is { } chosen)
        {
            return (chosen, []);
        }
        form.AddError(F.PickField, t["calls.log.severalMatch"]);
        form.AddError(F.RecipientField, t["calls.log.severalMatch"]);
        // Choice titles are plain text, not markdown: nothing to escape there.
        return (null, [.. matches.Select(m => new CallChoice(m.Key, m.Kind == MatchKind.Member
            ? t.Format("calls.log.pickPerson", m.Name, m.CompanyName)
            : t.Format("calls.log.pickCompany", m.Name)))]);
    }

    private static void Required(FormValues form, string field, Texts t)
    {
        if (form[field].Length == 0)
        {
            form.AddError(field, t["form.required"]);
        }
    }

    private static void Short(FormValues form, string field, int max, Texts t)
    {
        if (form[field].Length > max)
        {
            form.AddError(field, t.Format("form.tooLong", max));
        }
    }

    private static string? Blank(string value) => value.Length == 0 ? null : value;

    private static string NewToken() => Guid.NewGuid().ToString("N");
}
