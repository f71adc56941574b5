using System.Globalization;
using FrontDesk.Bot.Channels.Teams;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;
using FrontDesk.Cards.Staffing;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Staffing;
using Newtonsoft.Json.Linq;
using F = FrontDesk.Cards.Staffing.ShiftFormCard;

namespace FrontDesk.Bot.Features.Staffing;

// Add shift (managers), from the roster card or "add shift" / "添加班次": one shift for an active staff member,
// ending after it starts, not in the past, not overlapping their other shifts. Saved once however often Save is
// tapped; the form is replaced by the shift's week.
public sealed class ShiftTask(Roster roster, RosterTask week, StaffingText text) : ITeamsTask
{
    private static readonly string[] Phrases = ["add shift", "添加班次"];

    public IReadOnlyCollection<CardAction> Actions { get; } = [StaffingActions.OpenShift, StaffingActions.SaveShift];

    public bool IsFor(Person person) => person.Role == Role.Manager;

    public bool Matches(TeamsTurn turn, string typed) => Phrases.Contains(typed, StringComparer.OrdinalIgnoreCase);

    public HelpEntry? Help(Texts texts, Person person) => null;

    public async Task OnTextAsync(TeamsTurn turn, string typed, CancellationToken ct) =>
        await turn.SendCardAsync(await FormAsync(turn.Texts, Prefilled(text.Today), NewToken(), StaffingPlan.WeekStart(text.Today), ct), ct);

    public async Task OnSubmitAsync(TeamsTurn turn, CardAction action, JObject data, CancellationToken ct)
    {
        var t = turn.Texts;
        var monday = RosterTask.Week(FormValues.Text(data, RosterCards.WeekField) ?? "", text.Today) ?? StaffingPlan.WeekStart(text.Today);
        if (action == StaffingActions.OpenShift)
        {
            await turn.ReplaceSubmittedCardAsync(await FormAsync(t, Prefilled(monday < text.Today ? text.Today : monday), NewToken(), monday, ct), ct);
            return;
        }
        var token = FormValues.Text(data, F.TokenField) is { Length: > 0 and <= 64 } given ? given : NewToken();
        var form = FormValues.Read(data, F.Fields);
        var staff = await roster.DeskAsync(ct);
        if (Read(form, staff, t) is not { } request)
        {
            await turn.ReplaceSubmittedCardAsync(await FormAsync(t, form, token, monday, ct), ct);
            return;
        }
        var outcome = await roster.AddAsync(request with { Token = token }, turn.Actor, ct);
        if (outcome.Shift is not { } shift)
        {
            AddProblem(form, outcome, t);
            await turn.ReplaceSubmittedCardAsync(await FormAsync(t, form, token, monday, ct), ct);
            return;
        }
        var notice = text.ShiftNotice(t, outcome.AlreadySaved ? "roster.addedBefore" : "roster.added", shift);
        await turn.ReplaceSubmittedCardAsync(await week.CardAsync(t, StaffingPlan.WeekStart(shift.Date), notice, ct), ct);
    }

    // The form's own checks; the roster's (active staff, past, overlap) come after.
    private static ShiftRequest? Read(FormValues form, IReadOnlyList<DeskPerson> staff, Texts t)
    {
        var person = staff.FirstOrDefault(s => s.Id.ToString(CultureInfo.InvariantCulture) == form[F.StaffField]);
        if (person is null)
        {
            form.AddError(F.StaffField, t["form.pickOne"]);
        }
        var date = Parse<DateOnly>(form, F.DateField, t, v => DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null);
        var start = Parse(form, F.StartField, t, Time);
        var end = Parse(form, F.EndField, t, Time);
        if (start is { } s && end is { } e && e <= s)
        {
            form.AddError(F.EndField, t["roster.form.endBeforeStart"]);
        }
        return form.IsValid ? new ShiftRequest(person!.Id, date!.Value, start!.Value, end!.Value, "") : null;
    }

    private void AddProblem(FormValues form, ShiftOutcome outcome, Texts t)
    {
        switch (outcome.Problem)
        {
            case ShiftProblem.NoSuchStaff:
                form.AddError(F.StaffField, t["roster.form.notOnDesk"]);
                break;
            case ShiftProblem.EndNotAfterStart:
                form.AddError(F.EndField, t["roster.form.endBeforeStart"]);
                break;
            case ShiftProblem.InThePast:
                form.AddError(F.DateField, t["roster.form.past"]);
                break;
            case ShiftProblem.AlreadyOver:
                form.AddError(F.EndField, t["roster.form.over"]);
                break;
            default:
                var other = outcome.Conflict!;
                form.AddError(F.StartField, t.Format("roster.form.overlaps", CardText.Escape(other.StaffName), StaffingText.Times(other.Start, other.End)));
                break;
        }
    }

    private static T? Parse<T>(FormValues form, string field, Texts t, Func<string, T?> parse)
        where T : struct
    {
        if (form[field].Length == 0)
        {
            form.AddError(field, t["form.required"]);
            return null;
        }
        var value = parse(form[field]);
        if (value is null)
        {
            form.AddError(field, t[field == F.DateField ? "roster.form.badDate" : "roster.form.badTime"]);
        }
        return value;
    }

    // Teams sends "08:30"; some clients add seconds.
    private static TimeOnly? Time(string v) =>
        TimeOnly.TryParseExact(v, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;

    private static FormValues Prefilled(DateOnly day) => new() { [F.DateField] = StaffingText.Iso(day) };

    private async Task<AdaptiveCards.AdaptiveCard> FormAsync(Texts t, FormValues form, string token, DateOnly monday, CancellationToken ct)
    {
        var staff = await roster.DeskAsync(ct);
        return F.Build(t, form, [.. staff.Select(s => new StaffChoice(s.Id.ToString(CultureInfo.InvariantCulture), s.Name))], token, StaffingText.Iso(monday));
    }

    private static string NewToken() => Guid.NewGuid().ToString("N");
}
